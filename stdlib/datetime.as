"""datetime: timedelta, date, time, datetime and fixed-offset timezones
(timezone, timezone.utc), in CPython's proleptic Gregorian calendar.
strptime knows %Y %m %d %H %M %S %f %y %b %B %a %A %j %p %I %z %%."""

import time as _time

__all__ = ["date", "datetime", "time", "timedelta", "timezone", "tzinfo", "MINYEAR", "MAXYEAR", "UTC"]

MINYEAR = 1
MAXYEAR = 9999

_DAYS_IN_MONTH = [-1, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
_DAYS_BEFORE_MONTH = [-1]
_dbm = 0
for _dim in _DAYS_IN_MONTH[1:]:
    _DAYS_BEFORE_MONTH.append(_dbm)
    _dbm += _dim
_MONTHNAMES = [None, "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
_FULLMONTHNAMES = [None, "January", "February", "March", "April", "May", "June", "July", "August",
                   "September", "October", "November", "December"]
_DAYNAMES = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
_FULLDAYNAMES = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]


def _is_leap(year):
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def _days_before_year(year):
    y = year - 1
    return y * 365 + y // 4 - y // 100 + y // 400


def _days_in_month(year, month):
    if month == 2 and _is_leap(year):
        return 29
    return _DAYS_IN_MONTH[month]


def _days_before_month(year, month):
    return _DAYS_BEFORE_MONTH[month] + (month > 2 and _is_leap(year))


def _ymd2ord(year, month, day):
    return _days_before_year(year) + _days_before_month(year, month) + day


_DI400Y = _days_before_year(401)
_DI100Y = _days_before_year(101)
_DI4Y = _days_before_year(5)


def _ord2ymd(n):
    n -= 1
    n400, n = divmod(n, _DI400Y)
    year = n400 * 400 + 1
    n100, n = divmod(n, _DI100Y)
    n4, n = divmod(n, _DI4Y)
    n1, n = divmod(n, 365)
    year += n100 * 100 + n4 * 4 + n1
    if n1 == 4 or n100 == 4:
        return year - 1, 12, 31
    leapyear = n1 == 3 and (n4 != 24 or n100 == 3)
    month = (n + 50) >> 5
    preceding = _DAYS_BEFORE_MONTH[month] + (month > 2 and leapyear)
    if preceding > n:
        month -= 1
        preceding -= _DAYS_IN_MONTH[month] + (month == 2 and leapyear)
    n -= preceding
    return year, month, n + 1


def _check_date(year, month, day):
    for v in (year, month, day):
        if not isinstance(v, int):
            raise TypeError("'%s' object cannot be interpreted as an integer" % type(v).__name__)
    if not MINYEAR <= year <= MAXYEAR:
        raise ValueError("year %d is out of range" % year)
    if not 1 <= month <= 12:
        raise ValueError("month must be in 1..12")
    if not 1 <= day <= _days_in_month(year, month):
        raise ValueError("day is out of range for month")


def _check_time(hour, minute, second, microsecond):
    if not 0 <= hour <= 23:
        raise ValueError("hour must be in 0..23")
    if not 0 <= minute <= 59:
        raise ValueError("minute must be in 0..59")
    if not 0 <= second <= 59:
        raise ValueError("second must be in 0..59")
    if not 0 <= microsecond <= 999999:
        raise ValueError("microsecond must be in 0..999999")


def _cmp(a, b):
    return 0 if a == b else (1 if a > b else -1)


class timedelta:
    __slots__ = ("_days", "_seconds", "_microseconds")

    def __init__(self, days=0, seconds=0, microseconds=0, milliseconds=0, minutes=0, hours=0, weeks=0):
        total = (days * 86400 + weeks * 604800 + hours * 3600 + minutes * 60 + seconds) * 1000000 + \
            milliseconds * 1000 + microseconds
        if isinstance(total, float):
            total = round(total)
        d, rem = divmod(total, 86400 * 1000000)
        s, us = divmod(rem, 1000000)
        if abs(d) > 999999999:
            raise OverflowError("days=%d; must have magnitude <= 999999999" % d)
        self._days = d
        self._seconds = s
        self._microseconds = us

    @classmethod
    def _from_us(cls, us):
        return cls(microseconds=us)

    def _to_us(self):
        return (self._days * 86400 + self._seconds) * 1000000 + self._microseconds

    @property
    def days(self):
        return self._days

    @property
    def seconds(self):
        return self._seconds

    @property
    def microseconds(self):
        return self._microseconds

    def total_seconds(self):
        return self._to_us() / 10 ** 6

    def __repr__(self):
        args = []
        if self._days:
            args.append("days=%d" % self._days)
        if self._seconds:
            args.append("seconds=%d" % self._seconds)
        if self._microseconds:
            args.append("microseconds=%d" % self._microseconds)
        if not args:
            args.append("0")
        return "datetime.timedelta(%s)" % ", ".join(args)

    def __str__(self):
        mm, ss = divmod(self._seconds, 60)
        hh, mm = divmod(mm, 60)
        s = "%d:%02d:%02d" % (hh, mm, ss)
        if self._days:
            s = ("%d day%s, " % (self._days, "s" if abs(self._days) != 1 else "")) + s
        if self._microseconds:
            s = s + ".%06d" % self._microseconds
        return s

    def __add__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() + other._to_us())
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() - other._to_us())
        return NotImplemented

    def __rsub__(self, other):
        if isinstance(other, timedelta):
            return -self + other
        return NotImplemented

    def __neg__(self):
        return timedelta._from_us(-self._to_us())

    def __pos__(self):
        return self

    def __abs__(self):
        return -self if self._days < 0 else self

    def __mul__(self, other):
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() * other)
        if isinstance(other, float):
            return timedelta._from_us(round(self._to_us() * other))
        return NotImplemented

    __rmul__ = __mul__

    def __truediv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() / other._to_us()
        if isinstance(other, (int, float)):
            return timedelta._from_us(round(self._to_us() / other))
        return NotImplemented

    def __floordiv__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() // other._to_us()
        if isinstance(other, int):
            return timedelta._from_us(self._to_us() // other)
        return NotImplemented

    def __mod__(self, other):
        if isinstance(other, timedelta):
            return timedelta._from_us(self._to_us() % other._to_us())
        return NotImplemented

    def __divmod__(self, other):
        if isinstance(other, timedelta):
            q, r = divmod(self._to_us(), other._to_us())
            return q, timedelta._from_us(r)
        return NotImplemented

    def __eq__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() == other._to_us()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() < other._to_us()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() <= other._to_us()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() > other._to_us()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, timedelta):
            return self._to_us() >= other._to_us()
        return NotImplemented

    def __hash__(self):
        return hash(self._to_us())

    def __bool__(self):
        return self._to_us() != 0


timedelta.min = timedelta(-999999999)
timedelta.max = timedelta(days=999999999, hours=23, minutes=59, seconds=59, microseconds=999999)
timedelta.resolution = timedelta(microseconds=1)


class tzinfo:
    def utcoffset(self, dt):
        raise NotImplementedError("tzinfo subclass must override utcoffset()")

    def tzname(self, dt):
        raise NotImplementedError("tzinfo subclass must override tzname()")

    def dst(self, dt):
        raise NotImplementedError("tzinfo subclass must override dst()")


class timezone(tzinfo):
    def __init__(self, offset, name=None):
        if not isinstance(offset, timedelta):
            raise TypeError("offset must be a timedelta")
        if not -timedelta(hours=24) < offset < timedelta(hours=24):
            raise ValueError("offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24).")
        self._offset = offset
        self._name = name

    def utcoffset(self, dt):
        return self._offset

    def dst(self, dt):
        return None

    def tzname(self, dt):
        if self._name is not None:
            return self._name
        return self._format_name()

    def _format_name(self):
        off = self._offset
        if not off:
            return "UTC"
        sign = "-" if off < timedelta(0) else "+"
        off = abs(off)
        hh, rem = divmod(off.seconds + off.days * 86400, 3600)
        mm, ss = divmod(rem, 60)
        s = "UTC%s%02d:%02d" % (sign, hh, mm)
        if ss or off.microseconds:
            s += ":%02d" % ss
        return s

    def __repr__(self):
        if self is timezone.utc:
            return "datetime.timezone.utc"
        if self._name is None:
            return "datetime.timezone(%r)" % (self._offset,)
        return "datetime.timezone(%r, %r)" % (self._offset, self._name)

    def __str__(self):
        return self.tzname(None)

    def __eq__(self, other):
        if isinstance(other, timezone):
            return self._offset == other._offset
        return NotImplemented

    def __hash__(self):
        return hash(self._offset)


timezone.utc = timezone(timedelta(0))
UTC = timezone.utc


def _format_offset(off):
    if off is None:
        return ""
    sign = "+"
    if off.days < 0:
        sign = "-"
        off = -off
    hh, rem = divmod(off.days * 86400 + off.seconds, 3600)
    mm, ss = divmod(rem, 60)
    s = "%s%02d:%02d" % (sign, hh, mm)
    if ss or off.microseconds:
        s += ":%02d" % ss
        if off.microseconds:
            s += ".%06d" % off.microseconds
    return s


def _wrap_strftime(obj, fmt, timetuple):
    """%f, %z, %Z and %:z first; the rest through time.strftime."""
    out = []
    i, n = 0, len(fmt)
    while i < n:
        ch = fmt[i]
        if ch == "%" and i + 1 < n:
            nxt = fmt[i + 1]
            if nxt == "f":
                out.append("%06d" % getattr(obj, "microsecond", 0))
                i += 2
                continue
            if nxt == "z" or nxt == "Z":
                off = obj.utcoffset() if hasattr(obj, "utcoffset") else None
                if nxt == "z":
                    out.append(_format_offset(off).replace(":", "") if off is not None else "")
                else:
                    tz = getattr(obj, "tzinfo", None)
                    out.append(tz.tzname(obj) if tz is not None else "")
                i += 2
                continue
            out.append(fmt[i:i + 2])
            i += 2
            continue
        out.append(ch)
        i += 1
    return _time.strftime("".join(out), timetuple)


class date:
    __slots__ = ("_year", "_month", "_day")

    def __init__(self, year, month, day):
        _check_date(year, month, day)
        self._year = year
        self._month = month
        self._day = day

    @property
    def year(self):
        return self._year

    @property
    def month(self):
        return self._month

    @property
    def day(self):
        return self._day

    @classmethod
    def today(cls):
        t = _time.localtime(_time.time())
        return cls(t[0], t[1], t[2])

    @classmethod
    def fromtimestamp(cls, t):
        lt = _time.localtime(t)
        return cls(lt[0], lt[1], lt[2])

    @classmethod
    def fromordinal(cls, n):
        y, m, d = _ord2ymd(n)
        return cls(y, m, d)

    @classmethod
    def fromisocalendar(cls, year, week, day):
        """The date of ISO year, week number (1-53) and weekday (1-7)."""
        if not 1 <= week <= 53:
            raise ValueError("Invalid week: %d" % week)
        if week == 53 and _isoweek1monday(year + 1) - _isoweek1monday(year) < 53 * 7:
            raise ValueError("Invalid week: %d" % week)
        if not 1 <= day <= 7:
            raise ValueError("Invalid day: %d (range is [1, 7])" % day)
        return cls.fromordinal(_isoweek1monday(year) + (week - 1) * 7 + day - 1)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            if len(s) == 10 and s[4] == "-" and s[7] == "-":
                return cls(int(s[0:4]), int(s[5:7]), int(s[8:10]))
            if len(s) == 8 and s.isdigit():
                return cls(int(s[0:4]), int(s[4:6]), int(s[6:8]))
        except ValueError:
            pass
        raise ValueError("Invalid isoformat string: %r" % s)

    def toordinal(self):
        return _ymd2ord(self._year, self._month, self._day)

    def weekday(self):
        return (self.toordinal() + 6) % 7

    def isoweekday(self):
        return self.toordinal() % 7 or 7

    def isocalendar(self):
        year = self._year
        week1monday = _isoweek1monday(year)
        today = _ymd2ord(self._year, self._month, self._day)
        week, day = divmod(today - week1monday, 7)
        if week < 0:
            year -= 1
            week1monday = _isoweek1monday(year)
            week, day = divmod(today - week1monday, 7)
        elif week >= 52:
            if today >= _isoweek1monday(year + 1):
                year += 1
                week = 0
        return IsoCalendarDate(year, week + 1, day + 1)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        return _time.struct_time((self._year, self._month, self._day, 0, 0, 0, self.weekday(), yday, -1))

    def isoformat(self):
        return "%04d-%02d-%02d" % (self._year, self._month, self._day)

    __str__ = isoformat

    def __repr__(self):
        return "datetime.date(%d, %d, %d)" % (self._year, self._month, self._day)

    def ctime(self):
        return "%s %s %2d 00:00:00 %04d" % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day, self._year)

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())

    def __format__(self, spec):
        if not spec:
            return str(self)
        return self.strftime(spec)

    def replace(self, year=None, month=None, day=None):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day)

    def _key(self):
        return (self._year, self._month, self._day)

    def __eq__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime) and not isinstance(self, datetime):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, date) and not isinstance(other, datetime):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __add__(self, other):
        if isinstance(other, timedelta):
            o = self.toordinal() + other.days
            if 0 < o <= _MAXORDINAL:
                return type(self).fromordinal(o)
            raise OverflowError("result out of range")
        return NotImplemented

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + timedelta(-other.days)
        if isinstance(other, date) and not isinstance(other, datetime):
            return timedelta(self.toordinal() - other.toordinal())
        return NotImplemented


_MAXORDINAL = 3652059


class IsoCalendarDate(tuple):
    def __new__(cls, year, week, weekday):
        return super().__new__(cls, (year, week, weekday))

    @property
    def year(self):
        return self[0]

    @property
    def week(self):
        return self[1]

    @property
    def weekday(self):
        return self[2]

    def __repr__(self):
        return "datetime.IsoCalendarDate(year=%d, week=%d, weekday=%d)" % (self[0], self[1], self[2])


def _isoweek1monday(year):
    firstday = _ymd2ord(year, 1, 1)
    firstweekday = (firstday + 6) % 7
    week1monday = firstday - firstweekday
    if firstweekday > 3:
        week1monday += 7
    return week1monday


date.min = date(1, 1, 1)
date.max = date(9999, 12, 31)
date.resolution = timedelta(days=1)


class time:
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __init__(self, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_time(hour, minute, second, microsecond)
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(None)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            return cls(*_parse_isotime(s[1:] if s.startswith("T") else s))
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % s)

    def isoformat(self, timespec="auto"):
        s = _format_time(self._hour, self._minute, self._second, self._microsecond, timespec)
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    __str__ = isoformat

    def __repr__(self):
        args = "%d, %d" % (self._hour, self._minute)
        if self._second or self._microsecond:
            args += ", %d" % self._second
        if self._microsecond:
            args += ", %d" % self._microsecond
        if self._tzinfo is not None:
            args += ", tzinfo=%r" % self._tzinfo
        return "datetime.time(%s)" % args

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, (1900, 1, 1, self._hour, self._minute, self._second, 0, 1, -1))

    def replace(self, hour=None, minute=None, second=None, microsecond=None, tzinfo=True):
        return time(self._hour if hour is None else hour, self._minute if minute is None else minute,
                    self._second if second is None else second,
                    self._microsecond if microsecond is None else microsecond,
                    self._tzinfo if tzinfo is True else tzinfo)

    def _key(self):
        return (self._hour, self._minute, self._second, self._microsecond)

    def __eq__(self, other):
        if isinstance(other, time):
            return self._key() == other._key()
        return NotImplemented

    def __lt__(self, other):
        if isinstance(other, time):
            return self._key() < other._key()
        return NotImplemented

    def __le__(self, other):
        if isinstance(other, time):
            return self._key() <= other._key()
        return NotImplemented

    def __gt__(self, other):
        if isinstance(other, time):
            return self._key() > other._key()
        return NotImplemented

    def __ge__(self, other):
        if isinstance(other, time):
            return self._key() >= other._key()
        return NotImplemented

    def __hash__(self):
        return hash(self._key())

    def __bool__(self):
        return True

    def __format__(self, spec):
        return self.strftime(spec) if spec else str(self)


# "HH[:MM[:SS[.ffffff]]]" with an optional "+HH:MM", "-HH:MM" or "Z" offset:
# (hour, minute, second, microsecond, tzinfo)
def _parse_isotime(text):
    rest = text
    tz = None
    if rest.endswith("Z"):
        rest, tzs = rest[:-1], "+00:00"
    else:
        cut = max(rest.find("+"), rest.find("-"))
        tzs = None
        if cut > 0:
            rest, tzs = rest[:cut], rest[cut:]
    parts = rest.split(":")
    if len(parts) > 3 or not parts[0].isdigit() or len(parts[0]) != 2:
        raise ValueError
    hh, mm, ss, us = int(parts[0]), 0, 0, 0
    if len(parts) > 1:
        mm = int(parts[1])
    if len(parts) > 2:
        sec = parts[2]
        if "." in sec:
            sec, frac = sec.split(".")
            us = int((frac + "000000")[:6])
        ss = int(sec)
    if tzs is not None:
        sign = -1 if tzs[0] == "-" else 1
        tparts = tzs[1:].split(":")
        off = timedelta(hours=int(tparts[0][:2]),
                        minutes=int(tparts[1]) if len(tparts) > 1 else int(tparts[0][2:4] or 0))
        tz = timezone.utc if not off else timezone(sign * off)
    return hh, mm, ss, us, tz


def _format_time(hh, mm, ss, us, timespec):
    if timespec == "auto":
        timespec = "microseconds" if us else "seconds"
    if timespec == "hours":
        return "%02d" % hh
    if timespec == "minutes":
        return "%02d:%02d" % (hh, mm)
    if timespec == "seconds":
        return "%02d:%02d:%02d" % (hh, mm, ss)
    if timespec == "milliseconds":
        return "%02d:%02d:%02d.%03d" % (hh, mm, ss, us // 1000)
    if timespec == "microseconds":
        return "%02d:%02d:%02d.%06d" % (hh, mm, ss, us)
    raise ValueError("Unknown timespec value")


class datetime(date):
    __slots__ = ("_hour", "_minute", "_second", "_microsecond", "_tzinfo")

    def __init__(self, year, month, day, hour=0, minute=0, second=0, microsecond=0, tzinfo=None):
        _check_date(year, month, day)
        _check_time(hour, minute, second, microsecond)
        self._year = year
        self._month = month
        self._day = day
        self._hour = hour
        self._minute = minute
        self._second = second
        self._microsecond = microsecond
        self._tzinfo = tzinfo

    hour = property(lambda self: self._hour)
    minute = property(lambda self: self._minute)
    second = property(lambda self: self._second)
    microsecond = property(lambda self: self._microsecond)
    tzinfo = property(lambda self: self._tzinfo)

    @classmethod
    def fromtimestamp(cls, t, tz=None):
        frac, whole = t - int(t), int(t)
        us = round(frac * 1000000)
        if us >= 1000000:
            whole += 1
            us -= 1000000
        if us < 0:
            whole -= 1
            us += 1000000
        if tz is None:
            lt = _time.localtime(whole)
            return cls(lt[0], lt[1], lt[2], lt[3], lt[4], lt[5], us)
        gt = _time.gmtime(whole)
        utc = cls(gt[0], gt[1], gt[2], gt[3], gt[4], gt[5], us, tz)
        return utc + tz.utcoffset(utc)

    @classmethod
    def utcfromtimestamp(cls, t):
        whole = int(t) if t >= 0 or t == int(t) else int(t) - 1
        us = round((t - whole) * 1000000)
        gt = _time.gmtime(whole)
        return cls(gt[0], gt[1], gt[2], gt[3], gt[4], gt[5], us)

    @classmethod
    def now(cls, tz=None):
        return cls.fromtimestamp(_time.time(), tz)

    @classmethod
    def utcnow(cls):
        return cls.utcfromtimestamp(_time.time())

    @classmethod
    def today(cls):
        return cls.fromtimestamp(_time.time())

    @classmethod
    def combine(cls, d, t, tzinfo=True):
        if tzinfo is True:
            tzinfo = t.tzinfo
        return cls(d.year, d.month, d.day, t.hour, t.minute, t.second, t.microsecond, tzinfo)

    @classmethod
    def fromisoformat(cls, s):
        if not isinstance(s, str):
            raise TypeError("fromisoformat: argument must be str")
        try:
            d = date.fromisoformat(s[:10])
            rest = s[10:]
            hh = mm = ss = us = 0
            tz = None
            if rest:
                if rest[0] not in "T ":
                    raise ValueError
                rest = rest[1:]
                tzpos = max(rest.find("+"), rest.find("-"))
                tzs = None
                if rest.endswith("Z"):
                    tzs, rest = "+00:00", rest[:-1]
                elif tzpos > 0:
                    tzs, rest = rest[tzpos:], rest[:tzpos]
                parts = rest.split(":")
                hh = int(parts[0])
                if len(parts) > 1:
                    mm = int(parts[1])
                if len(parts) > 2:
                    sec = parts[2]
                    if "." in sec:
                        sec, frac = sec.split(".")
                        us = int((frac + "000000")[:6])
                    ss = int(sec)
                if tzs is not None:
                    sign = -1 if tzs[0] == "-" else 1
                    tparts = tzs[1:].split(":")
                    off = timedelta(hours=int(tparts[0][:2]), minutes=int(tparts[1]) if len(tparts) > 1 else int(tparts[0][2:4] or 0))
                    tz = timezone.utc if not off else timezone(sign * off)
            return cls(d.year, d.month, d.day, hh, mm, ss, us, tz)
        except (ValueError, IndexError):
            raise ValueError("Invalid isoformat string: %r" % s)

    @classmethod
    def strptime(cls, s, fmt):
        return _strptime(cls, s, fmt)

    def date(self):
        return date(self._year, self._month, self._day)

    def time(self):
        return time(self._hour, self._minute, self._second, self._microsecond)

    def timetz(self):
        return time(self._hour, self._minute, self._second, self._microsecond, self._tzinfo)

    def utcoffset(self):
        return None if self._tzinfo is None else self._tzinfo.utcoffset(self)

    def tzname(self):
        return None if self._tzinfo is None else self._tzinfo.tzname(self)

    def dst(self):
        return None if self._tzinfo is None else self._tzinfo.dst(self)

    def timetuple(self):
        yday = self.toordinal() - _ymd2ord(self._year, 1, 1) + 1
        dst = -1
        if self._tzinfo is not None:
            d = self._tzinfo.dst(self)
            dst = -1 if d is None else (1 if d else 0)
        return _time.struct_time((self._year, self._month, self._day, self._hour, self._minute, self._second,
                                  self.weekday(), yday, dst))

    def timestamp(self):
        if self._tzinfo is None:
            return _time.mktime(self.timetuple()) + self._microsecond / 1e6
        return (self - _EPOCH).total_seconds()

    def astimezone(self, tz=None):
        if tz is None:
            tz = _local_timezone()
        if self._tzinfo is None:
            utc = datetime.utcfromtimestamp(self.timestamp()).replace(tzinfo=timezone.utc)
        else:
            utc = (self - self.utcoffset()).replace(tzinfo=timezone.utc)
        return (utc + tz.utcoffset(utc)).replace(tzinfo=tz)

    def isoformat(self, sep="T", timespec="auto"):
        s = "%04d-%02d-%02d%s%s" % (self._year, self._month, self._day, sep,
                                     _format_time(self._hour, self._minute, self._second, self._microsecond, timespec))
        off = self.utcoffset()
        if off is not None:
            s += _format_offset(off)
        return s

    def __str__(self):
        return self.isoformat(sep=" ")

    def __repr__(self):
        L = [self._year, self._month, self._day, self._hour, self._minute, self._second, self._microsecond]
        if L[-1] == 0:
            del L[-1]
        if L[-1] == 0:
            del L[-1]
        s = "datetime.datetime(%s)" % ", ".join(map(str, L))
        if self._tzinfo is not None:
            s = s[:-1] + ", tzinfo=%r)" % self._tzinfo
        return s

    def ctime(self):
        return "%s %s %2d %02d:%02d:%02d %04d" % (_DAYNAMES[self.weekday()], _MONTHNAMES[self._month], self._day,
                                                  self._hour, self._minute, self._second, self._year)

    def replace(self, year=None, month=None, day=None, hour=None, minute=None, second=None, microsecond=None,
                tzinfo=True):
        return type(self)(self._year if year is None else year, self._month if month is None else month,
                          self._day if day is None else day, self._hour if hour is None else hour,
                          self._minute if minute is None else minute, self._second if second is None else second,
                          self._microsecond if microsecond is None else microsecond,
                          self._tzinfo if tzinfo is True else tzinfo)

    def _us(self):
        """Microseconds since 0001-01-01 (naive, or UTC for aware ones)."""
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond)
        off = self.utcoffset()
        if off is not None:
            us -= off._to_us()
        return us

    def _comparable(self, other):
        if not isinstance(other, datetime):
            return False
        if (self._tzinfo is None) != (other._tzinfo is None):
            raise TypeError("can't compare offset-naive and offset-aware datetimes")
        return True

    def __eq__(self, other):
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                return False
            return self._us() == other._us()
        return NotImplemented

    def __lt__(self, other):
        if self._comparable(other):
            return self._us() < other._us()
        return NotImplemented

    def __le__(self, other):
        if self._comparable(other):
            return self._us() <= other._us()
        return NotImplemented

    def __gt__(self, other):
        if self._comparable(other):
            return self._us() > other._us()
        return NotImplemented

    def __ge__(self, other):
        if self._comparable(other):
            return self._us() >= other._us()
        return NotImplemented

    def __hash__(self):
        return hash(self._us())

    def __add__(self, other):
        if not isinstance(other, timedelta):
            return NotImplemented
        us = ((self.toordinal() * 86400 + self._hour * 3600 + self._minute * 60 + self._second) * 1000000
              + self._microsecond + other._to_us())
        days, rem = divmod(us, 86400 * 1000000)
        secs, usec = divmod(rem, 1000000)
        if not 0 < days <= _MAXORDINAL:
            raise OverflowError("date value out of range")
        y, m, d = _ord2ymd(days)
        hh, rem = divmod(secs, 3600)
        mm, ss = divmod(rem, 60)
        return type(self)(y, m, d, hh, mm, ss, usec, self._tzinfo)

    __radd__ = __add__

    def __sub__(self, other):
        if isinstance(other, timedelta):
            return self + -other
        if isinstance(other, datetime):
            if (self._tzinfo is None) != (other._tzinfo is None):
                raise TypeError("can't subtract offset-naive and offset-aware datetimes")
            return timedelta(microseconds=self._us() - other._us())
        return NotImplemented

    def strftime(self, fmt):
        return _wrap_strftime(self, fmt, self.timetuple())


time.min = time(0, 0, 0)
time.max = time(23, 59, 59, 999999)
time.resolution = timedelta(microseconds=1)
datetime.min = datetime(1, 1, 1)
datetime.max = datetime(9999, 12, 31, 23, 59, 59, 999999)
datetime.resolution = timedelta(microseconds=1)
_EPOCH = datetime(1970, 1, 1, tzinfo=timezone.utc)


def _local_timezone():
    t = _time.time()
    lt = _time.localtime(t)
    gt = _time.gmtime(t)
    off = datetime(lt[0], lt[1], lt[2], lt[3], lt[4], lt[5]) - datetime(gt[0], gt[1], gt[2], gt[3], gt[4], gt[5])
    return timezone(off)


def _strptime(cls, s, fmt):
    """A strptime for the common directives."""
    vals = {"Y": 1900, "m": 1, "d": 1, "H": 0, "M": 0, "S": 0, "f": 0}
    pm = None
    tz = None
    i = j = 0
    while i < len(fmt):
        ch = fmt[i]
        if ch != "%":
            if j >= len(s) or s[j] != ch:
                if ch.isspace() and j < len(s) and s[j].isspace():
                    while j < len(s) and s[j].isspace():
                        j += 1
                    i += 1
                    continue
                raise ValueError("time data %r does not match format %r" % (s, fmt))
            i += 1
            j += 1
            continue
        d = fmt[i + 1] if i + 1 < len(fmt) else ""
        i += 2
        if d == "%":
            if j >= len(s) or s[j] != "%":
                raise ValueError("time data %r does not match format %r" % (s, fmt))
            j += 1
            continue
        if d in "YmdHMSfyjI":
            width = {"Y": 4, "f": 6, "j": 3}.get(d, 2)
            k = j
            while k < len(s) and k - j < width and s[k].isdigit():
                k += 1
            if k == j:
                raise ValueError("time data %r does not match format %r" % (s, fmt))
            num = s[j:k]
            j = k
            if d == "y":
                v = int(num)
                vals["Y"] = v + (2000 if v < 69 else 1900)
            elif d == "f":
                vals["f"] = int((num + "000000")[:6])
            elif d == "j":
                vals["j"] = int(num)
            elif d == "I":
                vals["H"] = int(num)
            else:
                vals[d] = int(num)
            continue
        if d in "bBaA":
            names = {"b": _MONTHNAMES[1:], "B": _FULLMONTHNAMES[1:], "a": _DAYNAMES, "A": _FULLDAYNAMES}[d]
            for idx, name in enumerate(names):
                if s[j:j + len(name)].lower() == name.lower():
                    j += len(name)
                    if d in "bB":
                        vals["m"] = idx + 1
                    break
            else:
                raise ValueError("time data %r does not match format %r" % (s, fmt))
            continue
        if d == "p":
            word = s[j:j + 2].upper()
            if word not in ("AM", "PM"):
                raise ValueError("time data %r does not match format %r" % (s, fmt))
            pm = word == "PM"
            j += 2
            continue
        if d == "z":
            if s[j:j + 1] == "Z":
                tz = timezone.utc
                j += 1
                continue
            sign = -1 if s[j:j + 1] == "-" else 1
            digits = s[j + 1:j + 6].replace(":", "")
            hh, mm = int(digits[:2]), int(digits[2:4])
            j += 6 if s[j + 3:j + 4] == ":" else 5
            off = timedelta(hours=hh, minutes=mm) * sign
            tz = timezone.utc if not off else timezone(off)
            continue
        raise ValueError("'%s' is a bad directive in format %r" % (d, fmt))
    if j != len(s):
        raise ValueError("unconverted data remains: %s" % s[j:])
    if pm is not None:
        h = vals["H"] % 12
        vals["H"] = h + 12 if pm else h
    if "j" in vals:
        dd = date.fromordinal(_ymd2ord(vals["Y"], 1, 1) + vals["j"] - 1)
        vals["m"], vals["d"] = dd.month, dd.day
    return cls(vals["Y"], vals["m"], vals["d"], vals["H"], vals["M"], vals["S"], vals["f"], tz)
