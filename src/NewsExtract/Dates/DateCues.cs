namespace NewsExtract.Dates;

/// <summary>Reads the label in front of a date: 发布时间：, Cập nhật:, 时间：.</summary>
internal static class DateCues
{
    private const string Separators = " \t\u00A0\u3000:：,，|【】[]()（）-–—";

    public static DateCue Before(string text, int index)
    {
        var before = text.AsSpan(0, index).TrimEnd(Separators);
        foreach (var label in DateVocabulary.CueLabels)
        {
            if (!before.EndsWith(label.Label, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var at = before.Length - label.Label.Length;
            if (label.Standalone && at > 0 && char.IsLetter(before[at - 1]))
            {
                continue; // 北京时间 is a zone, 文章发布 handled by the longer label
            }

            return label.Cue;
        }

        return DateCue.None;
    }
}
