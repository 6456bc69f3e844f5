# Long if/elif chains compile flat (Lua elseif): 400 branches work, and
# elif tests that need statements (walrus, chained comparisons, calls)
# keep their order and their line in tracebacks.
def big(x):
    if x == 0:
        return 0
    elif x == 1:
        return 2
    elif x == 2:
        return 4
    elif x == 3:
        return 6
    elif x == 4:
        return 8
    elif x == 5:
        return 10
    elif x == 6:
        return 12
    elif x == 7:
        return 14
    elif x == 8:
        return 16
    elif x == 9:
        return 18
    elif x == 10:
        return 20
    elif x == 11:
        return 22
    elif x == 12:
        return 24
    elif x == 13:
        return 26
    elif x == 14:
        return 28
    elif x == 15:
        return 30
    elif x == 16:
        return 32
    elif x == 17:
        return 34
    elif x == 18:
        return 36
    elif x == 19:
        return 38
    elif x == 20:
        return 40
    elif x == 21:
        return 42
    elif x == 22:
        return 44
    elif x == 23:
        return 46
    elif x == 24:
        return 48
    elif x == 25:
        return 50
    elif x == 26:
        return 52
    elif x == 27:
        return 54
    elif x == 28:
        return 56
    elif x == 29:
        return 58
    elif x == 30:
        return 60
    elif x == 31:
        return 62
    elif x == 32:
        return 64
    elif x == 33:
        return 66
    elif x == 34:
        return 68
    elif x == 35:
        return 70
    elif x == 36:
        return 72
    elif x == 37:
        return 74
    elif x == 38:
        return 76
    elif x == 39:
        return 78
    elif x == 40:
        return 80
    elif x == 41:
        return 82
    elif x == 42:
        return 84
    elif x == 43:
        return 86
    elif x == 44:
        return 88
    elif x == 45:
        return 90
    elif x == 46:
        return 92
    elif x == 47:
        return 94
    elif x == 48:
        return 96
    elif x == 49:
        return 98
    elif x == 50:
        return 100
    elif x == 51:
        return 102
    elif x == 52:
        return 104
    elif x == 53:
        return 106
    elif x == 54:
        return 108
    elif x == 55:
        return 110
    elif x == 56:
        return 112
    elif x == 57:
        return 114
    elif x == 58:
        return 116
    elif x == 59:
        return 118
    elif x == 60:
        return 120
    elif x == 61:
        return 122
    elif x == 62:
        return 124
    elif x == 63:
        return 126
    elif x == 64:
        return 128
    elif x == 65:
        return 130
    elif x == 66:
        return 132
    elif x == 67:
        return 134
    elif x == 68:
        return 136
    elif x == 69:
        return 138
    elif x == 70:
        return 140
    elif x == 71:
        return 142
    elif x == 72:
        return 144
    elif x == 73:
        return 146
    elif x == 74:
        return 148
    elif x == 75:
        return 150
    elif x == 76:
        return 152
    elif x == 77:
        return 154
    elif x == 78:
        return 156
    elif x == 79:
        return 158
    elif x == 80:
        return 160
    elif x == 81:
        return 162
    elif x == 82:
        return 164
    elif x == 83:
        return 166
    elif x == 84:
        return 168
    elif x == 85:
        return 170
    elif x == 86:
        return 172
    elif x == 87:
        return 174
    elif x == 88:
        return 176
    elif x == 89:
        return 178
    elif x == 90:
        return 180
    elif x == 91:
        return 182
    elif x == 92:
        return 184
    elif x == 93:
        return 186
    elif x == 94:
        return 188
    elif x == 95:
        return 190
    elif x == 96:
        return 192
    elif x == 97:
        return 194
    elif x == 98:
        return 196
    elif x == 99:
        return 198
    elif x == 100:
        return 200
    elif x == 101:
        return 202
    elif x == 102:
        return 204
    elif x == 103:
        return 206
    elif x == 104:
        return 208
    elif x == 105:
        return 210
    elif x == 106:
        return 212
    elif x == 107:
        return 214
    elif x == 108:
        return 216
    elif x == 109:
        return 218
    elif x == 110:
        return 220
    elif x == 111:
        return 222
    elif x == 112:
        return 224
    elif x == 113:
        return 226
    elif x == 114:
        return 228
    elif x == 115:
        return 230
    elif x == 116:
        return 232
    elif x == 117:
        return 234
    elif x == 118:
        return 236
    elif x == 119:
        return 238
    elif x == 120:
        return 240
    elif x == 121:
        return 242
    elif x == 122:
        return 244
    elif x == 123:
        return 246
    elif x == 124:
        return 248
    elif x == 125:
        return 250
    elif x == 126:
        return 252
    elif x == 127:
        return 254
    elif x == 128:
        return 256
    elif x == 129:
        return 258
    elif x == 130:
        return 260
    elif x == 131:
        return 262
    elif x == 132:
        return 264
    elif x == 133:
        return 266
    elif x == 134:
        return 268
    elif x == 135:
        return 270
    elif x == 136:
        return 272
    elif x == 137:
        return 274
    elif x == 138:
        return 276
    elif x == 139:
        return 278
    elif x == 140:
        return 280
    elif x == 141:
        return 282
    elif x == 142:
        return 284
    elif x == 143:
        return 286
    elif x == 144:
        return 288
    elif x == 145:
        return 290
    elif x == 146:
        return 292
    elif x == 147:
        return 294
    elif x == 148:
        return 296
    elif x == 149:
        return 298
    elif x == 150:
        return 300
    elif x == 151:
        return 302
    elif x == 152:
        return 304
    elif x == 153:
        return 306
    elif x == 154:
        return 308
    elif x == 155:
        return 310
    elif x == 156:
        return 312
    elif x == 157:
        return 314
    elif x == 158:
        return 316
    elif x == 159:
        return 318
    elif x == 160:
        return 320
    elif x == 161:
        return 322
    elif x == 162:
        return 324
    elif x == 163:
        return 326
    elif x == 164:
        return 328
    elif x == 165:
        return 330
    elif x == 166:
        return 332
    elif x == 167:
        return 334
    elif x == 168:
        return 336
    elif x == 169:
        return 338
    elif x == 170:
        return 340
    elif x == 171:
        return 342
    elif x == 172:
        return 344
    elif x == 173:
        return 346
    elif x == 174:
        return 348
    elif x == 175:
        return 350
    elif x == 176:
        return 352
    elif x == 177:
        return 354
    elif x == 178:
        return 356
    elif x == 179:
        return 358
    elif x == 180:
        return 360
    elif x == 181:
        return 362
    elif x == 182:
        return 364
    elif x == 183:
        return 366
    elif x == 184:
        return 368
    elif x == 185:
        return 370
    elif x == 186:
        return 372
    elif x == 187:
        return 374
    elif x == 188:
        return 376
    elif x == 189:
        return 378
    elif x == 190:
        return 380
    elif x == 191:
        return 382
    elif x == 192:
        return 384
    elif x == 193:
        return 386
    elif x == 194:
        return 388
    elif x == 195:
        return 390
    elif x == 196:
        return 392
    elif x == 197:
        return 394
    elif x == 198:
        return 396
    elif x == 199:
        return 398
    elif x == 200:
        return 400
    elif x == 201:
        return 402
    elif x == 202:
        return 404
    elif x == 203:
        return 406
    elif x == 204:
        return 408
    elif x == 205:
        return 410
    elif x == 206:
        return 412
    elif x == 207:
        return 414
    elif x == 208:
        return 416
    elif x == 209:
        return 418
    elif x == 210:
        return 420
    elif x == 211:
        return 422
    elif x == 212:
        return 424
    elif x == 213:
        return 426
    elif x == 214:
        return 428
    elif x == 215:
        return 430
    elif x == 216:
        return 432
    elif x == 217:
        return 434
    elif x == 218:
        return 436
    elif x == 219:
        return 438
    elif x == 220:
        return 440
    elif x == 221:
        return 442
    elif x == 222:
        return 444
    elif x == 223:
        return 446
    elif x == 224:
        return 448
    elif x == 225:
        return 450
    elif x == 226:
        return 452
    elif x == 227:
        return 454
    elif x == 228:
        return 456
    elif x == 229:
        return 458
    elif x == 230:
        return 460
    elif x == 231:
        return 462
    elif x == 232:
        return 464
    elif x == 233:
        return 466
    elif x == 234:
        return 468
    elif x == 235:
        return 470
    elif x == 236:
        return 472
    elif x == 237:
        return 474
    elif x == 238:
        return 476
    elif x == 239:
        return 478
    elif x == 240:
        return 480
    elif x == 241:
        return 482
    elif x == 242:
        return 484
    elif x == 243:
        return 486
    elif x == 244:
        return 488
    elif x == 245:
        return 490
    elif x == 246:
        return 492
    elif x == 247:
        return 494
    elif x == 248:
        return 496
    elif x == 249:
        return 498
    elif x == 250:
        return 500
    elif x == 251:
        return 502
    elif x == 252:
        return 504
    elif x == 253:
        return 506
    elif x == 254:
        return 508
    elif x == 255:
        return 510
    elif x == 256:
        return 512
    elif x == 257:
        return 514
    elif x == 258:
        return 516
    elif x == 259:
        return 518
    elif x == 260:
        return 520
    elif x == 261:
        return 522
    elif x == 262:
        return 524
    elif x == 263:
        return 526
    elif x == 264:
        return 528
    elif x == 265:
        return 530
    elif x == 266:
        return 532
    elif x == 267:
        return 534
    elif x == 268:
        return 536
    elif x == 269:
        return 538
    elif x == 270:
        return 540
    elif x == 271:
        return 542
    elif x == 272:
        return 544
    elif x == 273:
        return 546
    elif x == 274:
        return 548
    elif x == 275:
        return 550
    elif x == 276:
        return 552
    elif x == 277:
        return 554
    elif x == 278:
        return 556
    elif x == 279:
        return 558
    elif x == 280:
        return 560
    elif x == 281:
        return 562
    elif x == 282:
        return 564
    elif x == 283:
        return 566
    elif x == 284:
        return 568
    elif x == 285:
        return 570
    elif x == 286:
        return 572
    elif x == 287:
        return 574
    elif x == 288:
        return 576
    elif x == 289:
        return 578
    elif x == 290:
        return 580
    elif x == 291:
        return 582
    elif x == 292:
        return 584
    elif x == 293:
        return 586
    elif x == 294:
        return 588
    elif x == 295:
        return 590
    elif x == 296:
        return 592
    elif x == 297:
        return 594
    elif x == 298:
        return 596
    elif x == 299:
        return 598
    elif x == 300:
        return 600
    elif x == 301:
        return 602
    elif x == 302:
        return 604
    elif x == 303:
        return 606
    elif x == 304:
        return 608
    elif x == 305:
        return 610
    elif x == 306:
        return 612
    elif x == 307:
        return 614
    elif x == 308:
        return 616
    elif x == 309:
        return 618
    elif x == 310:
        return 620
    elif x == 311:
        return 622
    elif x == 312:
        return 624
    elif x == 313:
        return 626
    elif x == 314:
        return 628
    elif x == 315:
        return 630
    elif x == 316:
        return 632
    elif x == 317:
        return 634
    elif x == 318:
        return 636
    elif x == 319:
        return 638
    elif x == 320:
        return 640
    elif x == 321:
        return 642
    elif x == 322:
        return 644
    elif x == 323:
        return 646
    elif x == 324:
        return 648
    elif x == 325:
        return 650
    elif x == 326:
        return 652
    elif x == 327:
        return 654
    elif x == 328:
        return 656
    elif x == 329:
        return 658
    elif x == 330:
        return 660
    elif x == 331:
        return 662
    elif x == 332:
        return 664
    elif x == 333:
        return 666
    elif x == 334:
        return 668
    elif x == 335:
        return 670
    elif x == 336:
        return 672
    elif x == 337:
        return 674
    elif x == 338:
        return 676
    elif x == 339:
        return 678
    elif x == 340:
        return 680
    elif x == 341:
        return 682
    elif x == 342:
        return 684
    elif x == 343:
        return 686
    elif x == 344:
        return 688
    elif x == 345:
        return 690
    elif x == 346:
        return 692
    elif x == 347:
        return 694
    elif x == 348:
        return 696
    elif x == 349:
        return 698
    elif x == 350:
        return 700
    elif x == 351:
        return 702
    elif x == 352:
        return 704
    elif x == 353:
        return 706
    elif x == 354:
        return 708
    elif x == 355:
        return 710
    elif x == 356:
        return 712
    elif x == 357:
        return 714
    elif x == 358:
        return 716
    elif x == 359:
        return 718
    elif x == 360:
        return 720
    elif x == 361:
        return 722
    elif x == 362:
        return 724
    elif x == 363:
        return 726
    elif x == 364:
        return 728
    elif x == 365:
        return 730
    elif x == 366:
        return 732
    elif x == 367:
        return 734
    elif x == 368:
        return 736
    elif x == 369:
        return 738
    elif x == 370:
        return 740
    elif x == 371:
        return 742
    elif x == 372:
        return 744
    elif x == 373:
        return 746
    elif x == 374:
        return 748
    elif x == 375:
        return 750
    elif x == 376:
        return 752
    elif x == 377:
        return 754
    elif x == 378:
        return 756
    elif x == 379:
        return 758
    elif x == 380:
        return 760
    elif x == 381:
        return 762
    elif x == 382:
        return 764
    elif x == 383:
        return 766
    elif x == 384:
        return 768
    elif x == 385:
        return 770
    elif x == 386:
        return 772
    elif x == 387:
        return 774
    elif x == 388:
        return 776
    elif x == 389:
        return 778
    elif x == 390:
        return 780
    elif x == 391:
        return 782
    elif x == 392:
        return 784
    elif x == 393:
        return 786
    elif x == 394:
        return 788
    elif x == 395:
        return 790
    elif x == 396:
        return 792
    elif x == 397:
        return 794
    elif x == 398:
        return 796
    elif x == 399:
        return 798
    return -1
print(big(5), big(399), big(1000))

calls = []
def c(v):
    calls.append(v)
    return v

def pick(x):
    if c(x) < 0:
        return "neg"
    elif 0 <= c(x) < 10:
        return "small"
    elif (y := c(x) * 2) > 100:
        return "big " + str(y)
    elif c(x) == 20 and c(x + 1) == 21:
        return "twenty"
    else:
        return "other"

print([pick(v) for v in (-1, 5, 60, 20, 30)], calls)

def bad(x):
    if x == 1:
        return 1
    elif x.missing == 2:
        return 2
    return 3

try:
    bad(5)
except AttributeError as e:
    import traceback
    print([l.strip() for l in traceback.format_exc().splitlines() if l.strip().startswith("elif")])

