using NewsExtract.Blocks;
using NewsExtract.Dates;
using NewsExtract.Languages;
using NewsExtract.Metadata;
using NewsExtract.Text;

namespace NewsExtract.Fields;

/// <summary>
/// Chooses the article's own publication date among the many on a page: the visible date by the headline or byline
/// first (a "published" label beats an "updated" one), checked against the structured metadata, then the page's
/// related list where it repeats the headline with a time, then the metadata alone.
/// </summary>
internal static class DatelineExtractor
{
    public static (Dateline Dateline, string Reason) Choose(IReadOnlyList<Block> blocks, PageMetadata metadata, DateContext context, int headerFirst, int headerLast, string titleKey, CompiledLexicon lexicon)
    {
        var (dateline, reason) = ChooseDate(blocks, metadata, context, headerFirst, headerLast, titleKey);
        // The place a lead is filed from (an outlet heading a 讯 lead, 长江网10月4日讯, is no place) (新华社北京7月12日电 → 北京, "HÀ NỘI -" → HÀ NỘI).
        var lead = blocks.FirstOrDefault(b => b.Role == BlockRole.Body);
        if (dateline.Place is null && lead is not null && DatelinePlace.Find(lead.Text, context.Language, lexicon) is { } place
            && !lexicon.EndsLikeOutletNotPlace(place))
        {
            return (dateline with { Place = place }, reason + "; place from the dateline lead");
        }

        return (dateline, reason);
    }

    private static (Dateline Dateline, string Reason) ChooseDate(IReadOnlyList<Block> blocks, PageMetadata metadata, DateContext context, int headerFirst, int headerLast, string titleKey)
    {
        var fromMetadata = metadata.PublishedValues.Select(v => DateFinder.ParseIso(v, context.DefaultOffset, context.AnyLanguage ?? context.Grammar)).FirstOrDefault(d => d is not null);
        var visible = VisibleNearHeadline(blocks, context, headerFirst, headerLast) ?? RepeatedHeadline(blocks, context, titleKey);

        if (visible is not null && visible.Published is not null)
        {
            if (fromMetadata?.Published is { } meta && fromMetadata.Precision > visible.Precision
                && DateOnly.FromDateTime(meta.DateTime) == DateOnly.FromDateTime(visible.Published.Value.DateTime)
                && (visible.Precision == DatePrecision.Day || Math.Abs((meta - visible.Published.Value).TotalSeconds) < 60))
            {
                return (fromMetadata with { Text = visible.Text }, "visible date, time from the metadata that agrees with it");
            }

            return (visible, fromMetadata is null ? "visible date by the headline" : "visible date by the headline (metadata " + (SameDay(visible, fromMetadata) ? "agrees)" : "differs)"));
        }

        if (fromMetadata is not null)
        {
            return (fromMetadata, "structured metadata");
        }

        if (visible is not null)
        {
            return (visible, "visible partial date");
        }

        // A dateline lead (新华社北京7月12日电) or a paragraph that opens with the day (Ngày 12/7, …; 7月12日，…):
        // news leads date the event in their first words, within the first two paragraphs.
        foreach (var paragraph in blocks.Where(b => b.Role == BlockRole.Body).Take(2))
        {
            if (DateFinder.FindAll(paragraph.Text, context) is [var first, ..] && first.Index < 30)
            {
                return (first.Dateline, "date opening the lead paragraphs");
            }
        }

        return (Dateline.None, "no date found");
    }

    private static bool SameDay(Dateline a, Dateline b) =>
        a.Published is { } x && b.Published is { } y && DateOnly.FromDateTime(x.DateTime) == DateOnly.FromDateTime(y.DateTime);

    private static Dateline? VisibleNearHeadline(IReadOnlyList<Block> blocks, DateContext context, int first, int last)
    {
        DateCandidate? best = null;
        for (var i = Math.Max(0, first); i <= last && i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Role == BlockRole.Body && block.Metrics.ReadingLength > 60)
            {
                continue;
            }

            foreach (var candidate in DateFinder.FindAll(block.Text, context))
            {
                if (candidate.Cue == DateCue.Updated)
                {
                    continue;
                }

                if (best is null || (candidate.Cue == DateCue.Published && best.Cue != DateCue.Published)
                    || (candidate.Dateline.Precision > best.Dateline.Precision && best.Cue == candidate.Cue))
                {
                    best = candidate;
                }
            }

            if (best?.Cue == DateCue.Published)
            {
                break;
            }
        }

        return best?.Dateline;
    }

    /// <summary>A related list that repeats the article's own headline usually shows its time next to it.</summary>
    private static Dateline? RepeatedHeadline(IReadOnlyList<Block> blocks, DateContext context, string titleKey)
    {
        if (titleKey.Length == 0)
        {
            return null;
        }

        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role is BlockRole.Title or BlockRole.Body || !blocks[i].KeyEquals(titleKey))
            {
                continue;
            }

            for (var j = i + 1; j < blocks.Count && j <= i + 3; j++)
            {
                if (DateFinder.FindAll(blocks[j].Text, context) is [var candidate, ..] && blocks[j].Metrics.ReadingLength <= 30)
                {
                    return candidate.Dateline;
                }
            }
        }

        return null;
    }
}
