/* arena.c: bump allocator owning every node, list and string of one compilation. */
#include <stdlib.h>
#include <string.h>
#include "ast.h"

#define ARENA_ALIGN 16
#define ARENA_CHUNK (64 * 1024)

typedef struct Chunk {
  struct Chunk *next;
  size_t cap, used;
} Chunk;

/* Chunk headers are padded so that the data after them stays aligned. */
#define CHUNK_HDR ((sizeof(Chunk) + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1))

struct Arena {
  Chunk *head; /* the chunk being filled; big blocks are linked after it */
};

Arena *arena_new(void) {
  return calloc(1, sizeof(Arena));
}

void arena_free(Arena *a) {
  Chunk *c, *next;
  if (!a) return;
  for (c = a->head; c; c = next) {
    next = c->next;
    free(c);
  }
  free(a);
}

/* Zeroed, 16-byte aligned memory that lives until arena_free; NULL only
   when the system is out of memory. Chunks come from calloc and are never
   reused, so no clearing is needed. */
void *arena_alloc(Arena *a, size_t size) {
  Chunk *c;
  if (size == 0) size = 1;
  if (size > (size_t)-1 / 2) return NULL;
  size = (size + ARENA_ALIGN - 1) & ~(size_t)(ARENA_ALIGN - 1);
  c = a->head;
  if (c && c->cap - c->used >= size) {
    void *p = (char *)c + CHUNK_HDR + c->used;
    c->used += size;
    return p;
  }
  if (size > ARENA_CHUNK / 4) {
    /* a big block gets a chunk of its own, kept behind the current one */
    Chunk *b = calloc(1, CHUNK_HDR + size);
    if (!b) return NULL;
    b->cap = b->used = size;
    if (c) {
      b->next = c->next;
      c->next = b;
    } else {
      a->head = b;
    }
    return (char *)b + CHUNK_HDR;
  }
  c = calloc(1, CHUNK_HDR + ARENA_CHUNK);
  if (!c) return NULL;
  c->cap = ARENA_CHUNK;
  c->used = size;
  c->next = a->head;
  a->head = c;
  return (char *)c + CHUNK_HDR;
}

char *arena_strndup(Arena *a, const char *s, size_t n) {
  char *p = arena_alloc(a, n + 1);
  if (p && n) memcpy(p, s, n);
  return p;
}

/* Append item, doubling the capacity when full (the old array stays in the
   arena). On out-of-memory the list is left unchanged. */
void list_push(Arena *a, NodeList *l, void *item) {
  if (l->len == l->cap) {
    int cap = l->cap ? l->cap * 2 : 4;
    void **items;
    if (cap < l->cap) return;
    items = arena_alloc(a, (size_t)cap * sizeof(void *));
    if (!items) return;
    if (l->len) memcpy(items, l->items, (size_t)l->len * sizeof(void *));
    l->items = items;
    l->cap = cap;
  }
  l->items[l->len++] = item;
}
