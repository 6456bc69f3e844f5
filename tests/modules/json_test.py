import json

data = {"name": "Aster", "version": 1, "tags": ["fast", "small"], "ok": True, "none": None,
        "nested": {"pi": 3.14159, "neg": -2, "empty": [], "obj": {}}, "unicode": "héllo ☃"}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps([1, 2.5, "x\n\"y\""], separators=(",", ":")))
print(json.dumps("é", ensure_ascii=False), json.dumps({1: "a", True: "b"}))
back = json.loads(s)
print(back == data, back["nested"]["pi"], back["tags"][1], type(back["version"]).__name__)
print(json.loads('[1, -2.5e3, "a\\u00e9\\n", null, true, false, {"k": [ ]}]'))
print(json.loads('"\\ud83d\\ude00"') == "\U0001F600")
for bad in ['{"a" 1}', '[1, 2', 'nul', '{"a": 1} x', '"abc']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("error:", e)
try:
    json.dumps(object())
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"b": 1, "a": [1, {"c": None}]}, indent=4))
