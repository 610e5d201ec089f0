using System.Text.RegularExpressions;
using static NewsExtract.Dates.MatchReading;

namespace NewsExtract.Dates;

/// <summary>
/// 3小时前, 2 giờ trước, 昨天 18:30, hôm qua, 刚刚: resolved against the reference (converted to the default offset).
/// Without a reference they are not returned: there is nothing partial worth keeping.
/// </summary>
internal static class RelativeDates
{
    /// <summary>"N unit ago", with the Vietnamese compound "13 giờ 33 phút trước".</summary>
    public static Dateline? Ago(Match match, string text, in DateContext context)
    {
        var grammar = context.Grammar;
        if (context.Reference is not { } reference || !grammar.TryGetUnit(match.Groups["u"].Value, out var unit))
        {
            return null;
        }

        var now = reference.ToOffset(context.DefaultOffset);
        var at = Back(now, Number(match.Groups["n"]), unit);
        var finest = unit;
        if (match.Groups["u2"].Success)
        {
            if (!grammar.TryGetUnit(match.Groups["u2"].Value, out var unit2) || unit2 >= unit)
            {
                return null;
            }

            at = Back(at, Number(match.Groups["n2"]), unit2);
            finest = unit2;
        }

        return finest <= RelativeUnit.Hour ? AtMinute(at, text) : DateResolver.Make(at.DateTime, null, at.Offset, text);
    }

    /// <summary>Day words (昨天, hôm qua) with an optional clock, and instant words (刚刚, vừa xong).</summary>
    public static Dateline? Word(Match match, string text, in DateContext context)
    {
        if (context.Reference is not { } reference)
        {
            return null;
        }

        var word = match.Groups["w"].Value;
        var grammar = context.Grammar;
        var now = reference.ToOffset(context.DefaultOffset);
        if (grammar.TryGetInstantBack(word, out var span))
        {
            return AtMinute(now - span, text);
        }

        if (!grammar.TryGetDaysBack(word, out var days))
        {
            return null;
        }

        var clock = Clock(match, grammar, out var invalid);
        if (invalid || (clock is null && grammar.NeedsClock(word)))
        {
            return null;
        }

        return DateResolver.Make(now.DateTime.AddDays(-days), clock, now.Offset, text);
    }

    private static DateTimeOffset Back(DateTimeOffset from, int amount, RelativeUnit unit) => unit switch
    {
        RelativeUnit.Second => from.AddSeconds(-amount),
        RelativeUnit.Minute => from.AddMinutes(-amount),
        RelativeUnit.Hour => from.AddHours(-amount),
        RelativeUnit.Day => from.AddDays(-amount),
        RelativeUnit.Week => from.AddDays(-7 * amount),
        _ => from.AddMonths(-amount),
    };

    private static Dateline AtMinute(DateTimeOffset at, string text) => DateResolver.Make(
        at.DateTime, new ClockTime(at.Hour, at.Minute, 0, HasSeconds: false), at.Offset, text);
}
