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
        if (context.Reference is not { } reference || !DateVocabulary.TryGetUnit(match.Groups["u"].Value, out var unit))
        {
            return null;
        }

        var now = reference.ToOffset(context.DefaultOffset);
        var at = Back(now, Number(match.Groups["n"]), unit);
        var finest = unit;
        if (match.Groups["u2"].Success)
        {
            if (!DateVocabulary.TryGetUnit(match.Groups["u2"].Value, out var unit2) || unit2 >= unit)
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
        if (word.Contains(' ', StringComparison.Ordinal) || word.Contains('\u00A0', StringComparison.Ordinal))
        {
            word = string.Join(' ', word.Split([' ', '\u00A0', '\t', '\u3000'], StringSplitOptions.RemoveEmptyEntries));
        }

        var now = reference.ToOffset(context.DefaultOffset);
        if (DateVocabulary.Chinese.InstantsBack.TryGetValue(word, out var span) || DateVocabulary.Vietnamese.InstantsBack.TryGetValue(word, out span))
        {
            return AtMinute(now - span, text);
        }

        if (!DateVocabulary.Chinese.DaysBack.TryGetValue(word, out var days) && !DateVocabulary.Vietnamese.DaysBack.TryGetValue(word, out days))
        {
            return null;
        }

        var clock = Clock(match, out var invalid);
        if (invalid || (clock is null && DateVocabulary.Chinese.NeedClock.Contains(word)))
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
