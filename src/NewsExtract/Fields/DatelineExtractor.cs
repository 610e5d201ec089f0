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
        // What the page states itself, without the reference: a year-less date (7月12日), a day (15日) or a relative one
        // (昨天) read against the reference is a guess at the year, and a year the page states anywhere beats it.
        var stated = context with { Reference = null };
        var header = VisibleNearHeadline(blocks, context, stated, headerFirst, headerLast);
        if (header.Stated is { } visible)
        {
            return WithMetadataTime(visible, fromMetadata, "visible date by the headline");
        }

        if (RepeatedHeadline(blocks, context, titleKey) is { Published: not null } repeated)
        {
            return WithMetadataTime(repeated, fromMetadata, "visible date by the headline");
        }

        // No full date by the headline: a date line a few blocks above it or just after the text (发布日期：… under the
        // article), checked against the metadata, which beats it when they differ.
        var near = NearTheArticle(blocks, stated, headerFirst, headerLast);
        if (fromMetadata?.Published is not null)
        {
            return near is not null && SameDay(near, fromMetadata) && near.Precision > fromMetadata.Precision
                ? (near, "date line near the article, agreeing with the metadata")
                : (fromMetadata, header.Partial is null ? "structured metadata" : "structured metadata (beats the year-less visible date)");
        }

        if (near is not null)
        {
            return (near, "date line near the article");
        }

        // Only an "updated" date is shown with its year: it is the best the page says.
        if (header.Updated is { } updated)
        {
            return (updated, "visible last-updated date (no publication date shown)");
        }

        if (header.Partial is { } partial)
        {
            return YearFromPage(partial, metadata, context) is { } dated
                ? (dated, "year-less visible date, year from the page's other dates")
                : (partial, "visible partial date");
        }

        if (fromMetadata is not null)
        {
            return (fromMetadata, "structured metadata");
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

    /// <summary>A visible date, given the seconds of metadata that agrees with it.</summary>
    private static (Dateline Dateline, string Reason) WithMetadataTime(Dateline visible, Dateline? fromMetadata, string reason)
    {
        if (fromMetadata?.Published is { } meta && fromMetadata.Precision > visible.Precision
            && DateOnly.FromDateTime(meta.DateTime) == DateOnly.FromDateTime(visible.Published!.Value.DateTime)
            && (visible.Precision == DatePrecision.Day || Math.Abs((meta - visible.Published.Value).TotalSeconds) < 60))
        {
            return (fromMetadata with { Text = visible.Text }, "visible date, time from the metadata that agrees with it");
        }

        return (visible, fromMetadata is null ? reason : reason + " (metadata " + (SameDay(visible, fromMetadata) ? "agrees)" : "differs)"));
    }

    /// <summary>
    /// A year-less date dated by the page itself: a date in the metadata (published or modified) on the same month and
    /// day gives the year, and its time when the visible date shows none or the same minute.
    /// </summary>
    private static Dateline? YearFromPage(Dateline partial, PageMetadata metadata, DateContext context)
    {
        if (partial.Month is not { } month || partial.Day is not { } day)
        {
            return null;
        }

        foreach (var value in metadata.PublishedValues.Concat(metadata.OtherDateValues))
        {
            if (DateFinder.ParseIso(value, context.DefaultOffset, context.AnyLanguage ?? context.Grammar) is not { Published: { } evidence } dated
                || evidence.Month != month || evidence.Day != day)
            {
                continue;
            }

            if (partial.Published is not { } shown || partial.Precision <= DatePrecision.Day)
            {
                return dated with { Text = partial.Text, Precision = partial.Precision > dated.Precision ? partial.Precision : dated.Precision };
            }

            var local = new DateTime(evidence.Year, month, day, shown.Hour, shown.Minute, shown.Second, DateTimeKind.Unspecified);
            var same = Math.Abs((new DateTimeOffset(local, shown.Offset) - evidence).TotalSeconds) < 60;
            return same ? dated with { Text = partial.Text } : partial with { Published = new DateTimeOffset(local, shown.Offset) };
        }

        return null;
    }

    private static bool SameDay(Dateline a, Dateline b) =>
        a.Published is { } x && b.Published is { } y && DateOnly.FromDateTime(x.DateTime) == DateOnly.FromDateTime(y.DateTime);

    /// <summary>The dates by the headline: the best one with its year stated, the best "updated" one, the best year-less one.</summary>
    private static (Dateline? Stated, Dateline? Updated, Dateline? Partial) VisibleNearHeadline(IReadOnlyList<Block> blocks, DateContext context, DateContext stated, int first, int last)
    {
        DateCandidate? best = null, updated = null, partial = null;
        for (var i = Math.Max(0, first); i <= last && i < blocks.Count; i++)
        {
            var block = blocks[i];
            if (block.Role == BlockRole.Body && block.Metrics.ReadingLength > 60)
            {
                continue;
            }

            foreach (var candidate in DateFinder.FindAll(block.Text, context))
            {
                if (!IsStated(candidate, context, stated))
                {
                    partial ??= candidate;
                }
                else if (candidate.Cue == DateCue.Updated)
                {
                    updated = Better(updated, candidate);
                }
                else
                {
                    best = Better(best, candidate);
                }
            }

            if (best?.Cue == DateCue.Published)
            {
                break;
            }
        }

        return (best?.Dateline, updated?.Dateline, partial?.Dateline);
    }

    private static DateCandidate Better(DateCandidate? best, DateCandidate candidate) =>
        best is null || (candidate.Cue == DateCue.Published && best.Cue != DateCue.Published)
        || (candidate.Dateline.Precision > best.Dateline.Precision && best.Cue == candidate.Cue)
            ? candidate
            : best;

    /// <summary>True when the page states the whole date (its year included), so no reference was needed to read it.</summary>
    private static bool IsStated(DateCandidate candidate, DateContext context, DateContext stated) =>
        candidate.Dateline.Published is not null
        && (context.Reference is null
            || DateFinder.FindAll(candidate.Dateline.Text ?? string.Empty, stated) is [{ Dateline.Published: not null }, ..]);

    /// <summary>How far around the article a date line still dates it: blocks above the headline, blocks after the text.</summary>
    private const int AboveHeadline = 4;
    private const int AfterText = 8;

    /// <summary>
    /// A full date on a date line (a block classed as one) just above the header or just after the last paragraph —
    /// where a page without a date by its headline shows it (2018年12月17日星期一 over the section, 发布日期：… under the
    /// text). Several date lines after the text are a thread of comments or a list, not the article's date.
    /// </summary>
    private static Dateline? NearTheArticle(IReadOnlyList<Block> blocks, DateContext stated, int headerFirst, int headerLast)
    {
        var lastBody = -1;
        for (var i = blocks.Count - 1; i >= 0; i--)
        {
            if (blocks[i].Role == BlockRole.Body)
            {
                lastBody = i;
                break;
            }
        }

        if (lastBody < 0)
        {
            return null;
        }

        var above = DateLines(blocks, stated, Math.Max(0, headerFirst - AboveHeadline), headerFirst - 1);
        var start = Math.Max(lastBody, headerLast) + 1;
        var end = start;
        while (end < blocks.Count && end < start + AfterText && blocks[end].Role != BlockRole.RelatedHeading)
        {
            end++;
        }

        var after = DateLines(blocks, stated, start, end - 1);
        return (above.Count == 1 ? above[0] : null) ?? (after.Count == 1 ? after[0] : null);
    }

    /// <summary>The best full date of each date line in a span of blocks.</summary>
    private static List<Dateline> DateLines(IReadOnlyList<Block> blocks, DateContext stated, int first, int last)
    {
        var lines = new List<Dateline>();
        for (var i = first; i <= last; i++)
        {
            if (blocks[i].Role != BlockRole.Dateline)
            {
                continue;
            }

            DateCandidate? best = null;
            foreach (var candidate in DateFinder.FindAll(blocks[i].Text, stated))
            {
                if (candidate.Dateline.Published is not null && candidate.Cue != DateCue.Updated)
                {
                    best = Better(best, candidate);
                }
            }

            if (best is not null)
            {
                lines.Add(best.Dateline);
            }
        }

        return lines;
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
