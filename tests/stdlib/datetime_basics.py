# datetime: timedelta arithmetic and formatting, dates and their ordinals
# and ISO calendar, datetimes (ISO strings, strftime/strptime, timestamps),
# and fixed-offset timezones.
from datetime import datetime, date, time, timedelta, timezone
d = date(2024, 2, 28)
print(d, repr(d), d + timedelta(days=1), d + timedelta(days=2), d.weekday(), d.isoweekday(), d.isocalendar(), d.toordinal())
print(date(2024, 3, 1) - d, date.fromordinal(738000), date.fromisoformat("2023-12-31"), d.strftime("%A %d %B %Y %j"))
print(d.replace(day=1), d < date(2024, 3, 1), d == date(2024, 2, 28), hash(d) == hash(date(2024, 2, 28)), f"{d:%Y/%m}")
td = timedelta(days=1, hours=2, minutes=3, seconds=4, microseconds=5)
print(td, repr(td), td.total_seconds(), -td, abs(-td), td * 2, td / 2, td // timedelta(hours=1), timedelta(hours=-1))
print(timedelta(0), repr(timedelta(0)), timedelta(milliseconds=1500), td > timedelta(days=1), timedelta(weeks=1) % timedelta(days=3))
dt = datetime(2024, 12, 31, 23, 59, 59, 123456)
print(dt, repr(dt), dt + timedelta(seconds=1), dt.isoformat(), dt.isoformat(" ", "seconds"), dt.date(), dt.time())
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f %a %b %p %y"), dt - datetime(2024, 1, 1), datetime(2024, 1, 1) < dt)
print(datetime.fromisoformat("2024-05-06T07:08:09.5"), datetime.fromisoformat("2024-05-06 07:08"), datetime.fromisoformat("2024-05-06T07:08:09+02:00"))
print(datetime.strptime("2024-05-06 07:08:09", "%Y-%m-%d %H:%M:%S"), datetime.strptime("06/May/24 7:08 PM", "%d/%b/%y %I:%M %p"))
u = datetime(2024, 1, 1, 12, 0, tzinfo=timezone.utc)
print(u, repr(u), u.timestamp(), u.isoformat(), u.astimezone(timezone(timedelta(hours=-5))), u.utcoffset(), u.tzname())
print(timezone(timedelta(hours=5, minutes=30)), repr(timezone.utc), datetime.fromtimestamp(0, timezone.utc), datetime.utcfromtimestamp(86400.5))
print(datetime.combine(date(2020, 1, 2), time(3, 4)), time(1, 2, 3, 4), repr(time(1, 2)), time(13, 5).strftime("%I:%M %p"))
print(datetime(2000, 1, 1) + timedelta(days=366 * 30), date.max - date.min, datetime.strptime("2024-060", "%Y-%j").date())
try:
    date(2023, 2, 29)
except ValueError as e:
    print(e)
print(sorted([date(2024, 1, 2), date(2023, 5, 6), date(2024, 1, 1)]), max(timedelta(1), timedelta(hours=30)))
now = datetime.now()
print(type(now).__name__, now.year >= 2024, (datetime.now() - now) < timedelta(seconds=5), isinstance(now, date))
