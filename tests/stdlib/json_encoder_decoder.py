# json.JSONEncoder and JSONDecoder subclasses through cls=, raw_decode,
# strict=False and parse_constant.
import json, datetime
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, datetime.date):
            return o.isoformat()
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"d": datetime.date(2024, 1, 2), "s": {3, 1}}, cls=Enc))
print(json.dumps([1, {"a": 2}], cls=Enc, indent=2))
print(Enc(sort_keys=True).encode({"b": 1, "a": 2}), "".join(json.JSONEncoder().iterencode([1])))
try: json.dumps(object(), cls=Enc)
except TypeError as e: print(e)
class Dec(json.JSONDecoder):
    def __init__(self, **kw):
        super().__init__(object_hook=self.hook, **kw)
    def hook(self, d):
        return {k.upper(): v for k, v in d.items()}
print(json.loads('{"a": {"b": 1}}', cls=Dec))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.JSONDecoder().decode("3"))
print(json.loads('"a\tb"', strict=False), json.loads('[NaN, Infinity]', parse_constant=lambda c: "C:" + c))
try: json.loads('"a\tb"')
except json.JSONDecodeError as e: print(e)
print(json.dumps({"x": 1}, separators=(",", ":")), json.dumps([1, 2], indent=1))
