namespace NewsExtract;

/// <summary>
/// The codes of <see cref="DiagnosticNote"/>s: stable identifiers a program can test. Every field of an
/// <see cref="Article"/> comes with a note saying why it was chosen (the <c>*.source</c> codes and
/// <see cref="ArticleJudge"/>); the rest report how the input was read and the limits hit.
/// </summary>
public static class DiagnosticCodes
{
    /// <summary>Why the title was chosen (a confirmed heading, og:title, the document title…).</summary>
    public const string Title = "title.source";

    /// <summary>Why the dateline was chosen (the visible date by the headline, the metadata…), and where its place came from.</summary>
    public const string Dateline = "dateline.source";

    /// <summary>Each source and how it was found (source label, dateline lead, report cue, end attribution…).</summary>
    public const string Sources = "sources.source";

    /// <summary>Each author and how it was found (byline, signature, name line, metadata…), and the names dropped.</summary>
    public const string Authors = "authors.source";

    /// <summary>Each editorial credit and the line it was read from.</summary>
    public const string Credits = "credits.source";

    /// <summary>How many images were kept, with captions, and how many were skipped.</summary>
    public const string Images = "images.source";

    /// <summary>Where the related items were read (under which heading), or why there are none.</summary>
    public const string Related = "related.source";

    /// <summary>Why the page is, or is not, an article.</summary>
    public const string ArticleJudge = "article.judge";

    /// <summary>The blocks (or lines) located as the article, with the score and how sure the locator is.</summary>
    public const string ContentRange = "content.range";

    /// <summary>A site profile's content selector located the article.</summary>
    public const string ContentProfile = "content.profile";

    /// <summary>SmartReader's second opinion located the article (NewsExtract's own locator found too little).</summary>
    public const string ContentSecondOpinion = "content.second-opinion";

    /// <summary>Markup nested deeper than the limit was read flat.</summary>
    public const string NestingCapped = "nesting.capped";

    /// <summary>Reading stopped at the node limit (<see cref="ExtractionDiagnostics.Truncated"/> is set).</summary>
    public const string LimitNodes = "limit.nodes";

    /// <summary>
    /// Reading stopped at the page's block budget (a share of its length; <see cref="ExtractionDiagnostics.Truncated"/>
    /// is set): markup that makes a block of every few characters is not read past it.
    /// </summary>
    public const string LimitBlocks = "limit.blocks";

    /// <summary>The input is binary, not a page: nothing was extracted.</summary>
    public const string InputBinary = "input.binary";

    /// <summary>A byte-order mark chose the encoding.</summary>
    public const string EncodingBom = "encoding.bom";

    /// <summary>The encoding was detected from the bytes.</summary>
    public const string EncodingDetected = "encoding.detected";

    /// <summary>No evidence: UTF-8 was assumed.</summary>
    public const string EncodingDefault = "encoding.default";

    /// <summary>Invalid byte sequences became U+FFFD.</summary>
    public const string EncodingReplacements = "encoding.replacements";

    /// <summary>A declared or meta charset was overruled: the bytes are valid UTF-8.</summary>
    public const string EncodingUtf8OverDeclared = "encoding.utf8-over-declared";

    /// <summary>The caller's declared charset chose the encoding.</summary>
    public const string EncodingDeclared = "encoding.declared";

    /// <summary>The caller's declared charset is no known encoding.</summary>
    public const string EncodingDeclaredUnknown = "encoding.declared-unknown";

    /// <summary>The caller's declared charset was contradicted by the bytes and ignored.</summary>
    public const string EncodingDeclaredContradicted = "encoding.declared-contradicted";

    /// <summary>The page's <c>&lt;meta charset&gt;</c> chose the encoding.</summary>
    public const string EncodingMeta = "encoding.meta";

    /// <summary>The page's meta charset is no known encoding.</summary>
    public const string EncodingMetaUnknown = "encoding.meta-unknown";

    /// <summary>The page's meta charset was contradicted by the bytes and ignored.</summary>
    public const string EncodingMetaContradicted = "encoding.meta-contradicted";

    /// <summary>The page's charset claim (GBK, Big5…) does not read as that language's text; it stood, with this doubt.</summary>
    public const string EncodingDoubtful = "encoding.doubtful";

    /// <summary>The page mixes UTF-8 with another encoding and was decoded part by part.</summary>
    public const string EncodingMixed = "encoding.mixed";

    /// <summary>Formatting elements reopened or adopted past the page's copy budget were not copied.</summary>
    public const string LimitFormatting = "limit.formatting";

    /// <summary>The second opinion was wanted but the page is over its budget (size or nodes), so it was not asked.</summary>
    public const string ContentSecondOpinionSkipped = "content.second-opinion-skipped";

    /// <summary>The reference time is outside the years dates are read in; it counts as none.</summary>
    public const string DatelineReferenceIgnored = "dateline.reference-ignored";

    /// <summary>The caller's page URL is not an absolute http(s) address; links are not resolved against it.</summary>
    public const string UrlBaseIgnored = "url.base-ignored";

    /// <summary>A canonical or og:url that is not an http(s) address was ignored.</summary>
    public const string UrlCanonicalIgnored = "url.canonical-ignored";
}
