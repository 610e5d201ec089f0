using System.Globalization;
using System.Text.RegularExpressions;

namespace NewsExtract.Dates;

/// <summary>A wall-clock time as written, after the time-of-day word is applied.</summary>
internal readonly record struct ClockTime(int Hour, int Minute, int Second, bool HasSeconds);

/// <summary>Reads the shared groups of <see cref="DateGrammar"/> without allocating strings for numbers.</summary>
internal static class MatchReading
{
    /// <summary>Any Unicode decimal digits (full-width ２０２５ included) as a number; -1 when empty or not digits.</summary>
    public static int Number(ReadOnlySpan<char> digits)
    {
        if (digits.IsEmpty || digits.Length > 9)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in digits)
        {
            var digit = CharUnicodeInfo.GetDecimalDigitValue(c);
            if (digit < 0)
            {
                return -1;
            }

            value = (value * 10) + digit;
        }

        return value;
    }

    public static int Number(Group group) => group.Success ? Number(group.ValueSpan) : -1;

    /// <summary>The clock of a match, or null when it has none or it is out of range.</summary>
    public static ClockTime? Clock(Match match, DateGrammar grammar, out bool invalid)
    {
        invalid = false;
        var h = Number(match.Groups["h"]);
        if (h < 0)
        {
            return null;
        }

        var mi = match.Groups["mi"].Success ? Number(match.Groups["mi"]) : 0;
        var s = match.Groups["s"].Success ? Number(match.Groups["s"]) : 0;
        var word = match.Groups["ap1"].Success ? match.Groups["ap1"].Value : match.Groups["ap2"].Success ? match.Groups["ap2"].Value : null;
        var meridiem = word is null ? Meridiem.None : grammar.MeridiemOf(word);
        if (meridiem != Meridiem.None && h > 12 && h < 24)
        {
            meridiem = Meridiem.None; // 下午15:20: already a 24-hour time
        }

        h = Apply(meridiem, h);
        if (h is < 0 or > 23 || mi is < 0 or > 59 || s is < 0 or > 59)
        {
            invalid = true;
            return null;
        }

        return new ClockTime(h, mi, s, match.Groups["s"].Success);
    }

    /// <summary>Moves a 12-hour reading to 24 hours (see <see cref="Meridiem"/>).</summary>
    public static int Apply(Meridiem meridiem, int hour) => meridiem switch
    {
        Meridiem.Am => hour == 12 ? 0 : hour,
        Meridiem.Pm => hour < 12 ? hour + 12 : hour,
        Meridiem.Noon => hour is >= 1 and <= 5 ? hour + 12 : hour,
        Meridiem.Evening => hour == 12 ? 0 : hour < 12 ? hour + 12 : hour,
        Meridiem.Night => hour == 12 ? 0 : hour is >= 6 and < 12 ? hour + 12 : hour,
        _ => hour,
    };

    /// <summary>The offset a match states (GMT+7, +08:00, Z, a zone word), or null; invalid offsets set <paramref name="invalid"/>.</summary>
    public static TimeSpan? Offset(Match match, DateGrammar grammar, out bool invalid)
    {
        invalid = false;
        if (match.Groups["zone"].Success)
        {
            return grammar.ZoneOffset(match.Groups["zone"].Value);
        }

        var iso = match.Groups["iso"];
        if (iso.Success)
        {
            return IsoOffset(iso.ValueSpan, out invalid);
        }

        if (!match.Groups["tz"].Success)
        {
            return null;
        }

        if (!match.Groups["oh"].Success)
        {
            return TimeSpan.Zero; // "(GMT)"
        }

        var hours = Number(match.Groups["oh"]);
        var minutes = match.Groups["om"].Success ? Number(match.Groups["om"]) : 0;
        return Signed(match.Groups["os"].ValueSpan[0] != '+', hours, minutes, out invalid);
    }

    /// <summary>Z, +08:00, +0800, -07.</summary>
    public static TimeSpan? IsoOffset(ReadOnlySpan<char> text, out bool invalid)
    {
        invalid = false;
        if (text is "Z" or "z")
        {
            return TimeSpan.Zero;
        }

        var digits = text[1..];
        var hours = Number(digits[..2]);
        var minutes = digits.Length > 2 ? Number(digits[^2..]) : 0;
        return Signed(text[0] == '-', hours, minutes, out invalid);
    }

    private static TimeSpan? Signed(bool negative, int hours, int minutes, out bool invalid)
    {
        invalid = hours is < 0 or > 14 || minutes is < 0 or > 59;
        if (invalid)
        {
            return null;
        }

        var offset = new TimeSpan(hours, minutes, 0);
        return negative ? -offset : offset;
    }
}
