using NewsExtract.Languages;
using NewsExtract.Profiles;

namespace NewsExtract;

/// <summary>
/// How an <see cref="ArticleExtractor"/> works. Immutable: derive variants with <c>with</c>.
/// </summary>
public sealed record ExtractionOptions
{
    /// <summary>The defaults: no reference date, +08:00 for Chinese and +07:00 for Vietnamese pages, default limits.</summary>
    public static ExtractionOptions Default { get; } = new();

    /// <summary>
    /// The moment year-less and relative dates (<c>7月12日</c>, <c>昨天 18:30</c>, <c>2 giờ trước</c>) are resolved against,
    /// typically the time the page was fetched. When null and <see cref="Clock"/> is null, such dates stay partial.
    /// </summary>
    /// <remarks>
    /// Dates are read between 1990 and 2100, whatever they are resolved against (999个月前 read on 2026-01-01 is no date).
    /// A reference time outside those years — <c>default(DateTimeOffset)</c> included — is treated as none, with the
    /// diagnostic <c>dateline.reference-ignored</c>. The same holds for <see cref="PageContext.ReferenceTime"/> and <see cref="Clock"/>.
    /// </remarks>
    public DateTimeOffset? ReferenceTime { get; init; }

    /// <summary>
    /// A clock to read the reference time from when <see cref="ReferenceTime"/> is null (inject a fake one in tests).
    /// Null by default: NewsExtract never reads the machine's clock on its own.
    /// </summary>
    public TimeProvider? Clock { get; init; }

    /// <summary>The offset assumed for Chinese pages that state none (UTC+8).</summary>
    public TimeSpan ChineseOffset { get; init; } = TimeSpan.FromHours(8);

    /// <summary>The offset assumed for Vietnamese pages that state none (UTC+7).</summary>
    public TimeSpan VietnameseOffset { get; init; } = TimeSpan.FromHours(7);

    /// <summary>Input size, DOM size and nesting limits.</summary>
    public ExtractionLimits Limits { get; init; } = ExtractionLimits.Default;

    /// <summary>
    /// More words for the built-in lexicons, or replacements of their lists: any list of the lexicon files (credit roles,
    /// comment headings, date words…), in code or from a user lexicon file (<see cref="LexiconExtension.FromJson"/>).
    /// Checked when the extractor is built.
    /// </summary>
    public IReadOnlyList<LexiconExtension> LexiconExtensions { get; init; } = [];

    /// <summary>Per-site rules applied before classification; the general path works without any.</summary>
    public IReadOnlyList<SiteProfile> SiteProfiles { get; init; } = [];

    /// <summary>Record every block and its role in <see cref="ExtractionDiagnostics.Blocks"/> (costs memory; for debugging).</summary>
    public bool TraceBlocks { get; init; }

    internal DateTimeOffset? ResolveReferenceTime(DateTimeOffset? perCall) =>
        perCall ?? ReferenceTime ?? Clock?.GetUtcNow();

    internal TimeSpan DefaultOffsetFor(ContentLanguage language) =>
        language == ContentLanguage.Vietnamese ? VietnameseOffset : ChineseOffset;
}
