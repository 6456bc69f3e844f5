# datetime.timetuple() gives a time.struct_time; time.struct_time(), time.strptime,
# date.fromisocalendar, time.fromisoformat and time.min/max.
import datetime, time
tt = datetime.datetime(2024, 1, 15, 13, 45).timetuple()
print(tt.tm_yday, tt.tm_wday, tt, tt[:3])
print(datetime.date(2024, 3, 1).timetuple())
print(datetime.datetime(2024, 1, 15, tzinfo=datetime.timezone.utc).timetuple().tm_isdst)
t = time.struct_time((2024, 1, 15, 13, 45, 0, 0, 15, -1))
print(t.tm_yday, t, time.mktime(t) > 0, len(t), isinstance(t, tuple))
import time, datetime
for f in (lambda: time.strptime("2020-01-02", "%Y-%m-%d")[:3], lambda: datetime.date.fromisocalendar(2024, 1, 1),
          lambda: datetime.time.fromisoformat("10:20:30"), lambda: datetime.time.max):
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)
print(time.strptime("2020-01-02 10:11", "%Y-%m-%d %H:%M"))
print(datetime.time.fromisoformat("10:20:30.5+01:00"), datetime.time.fromisoformat("T10:20"), datetime.time.min)
print(datetime.date.fromisocalendar(2020, 53, 7), datetime.date(2024, 5, 17).isocalendar())
for y, w, d in ((2021, 53, 1), (2020, 1, 8)):
    try: datetime.date.fromisocalendar(y, w, d)
    except ValueError as e: print(e)
