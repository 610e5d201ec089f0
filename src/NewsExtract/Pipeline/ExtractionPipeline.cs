using NewsExtract.Blocks;
using NewsExtract.Classification;
using NewsExtract.Dates;
using NewsExtract.Decoding;
using NewsExtract.Fields;
using NewsExtract.Html;
using NewsExtract.Languages;
using NewsExtract.Metadata;
using NewsExtract.Profiles;
using NewsExtract.Related;
using NewsExtract.Text;

namespace NewsExtract.Pipeline;

/// <summary>
/// The stages, in order: decode → parse (once) → blocks → locate the article → classify blocks → fields.
/// HTML and text captures meet at the blocks; everything after is shared. Immutable and thread-safe.
/// </summary>
internal sealed class ExtractionPipeline(ExtractionOptions options, IReadOnlyList<IContentFallback> fallbacks)
{
    // Levels above the block reader's MaxDepth (html, body and a few wrappers) the parser still nests.
    private const int NestingSlack = 16;

    private readonly LanguageKnowledge _knowledge = LanguageKnowledge.For(options.LexiconExtensions).Prepare();

    public Article FromHtmlBytes(ReadOnlyMemory<byte> html, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize(html.Length);
        var decoded = PageDecoder.Decode(html, context.Charset, lookForMetaCharset: true, cancellationToken);
        return OutputText.Clean(decoded.LooksBinary ? Binary(Decoded(decoded)) : FromHtml(decoded.Text, context, Decoded(decoded), cancellationToken));
    }

    public Article FromHtmlString(string html, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize((long)html.Length * 2);
        var report = new PageReport(InputKind.Html);
        return OutputText.Clean(Cleaned(html) is { } clean ? FromHtml(clean, context, report, cancellationToken) : Binary(report));
    }

    public Article FromTextBytes(ReadOnlyMemory<byte> text, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize(text.Length);
        var decoded = PageDecoder.Decode(text, context.Charset, lookForMetaCharset: false, cancellationToken);
        var report = Decoded(decoded) with { Input = InputKind.Text };
        return OutputText.Clean(decoded.LooksBinary ? Binary(report) : FromTextCore(decoded.Text, context, report, cancellationToken));
    }

    public Article FromText(string text, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize((long)text.Length * 2);
        var report = new PageReport(InputKind.Text);
        return OutputText.Clean(Cleaned(text) is { } clean ? FromTextCore(clean, context, report, cancellationToken) : Binary(report));
    }

    /// <summary>A caller's string made safe like decoded bytes are (NFC, no controls or lone surrogates); null when it is binary.</summary>
    private static string? Cleaned(string input) =>
        InputText.LooksBinary(input) ? null : TextNormalizer.Normalize(InputText.WithoutLoneSurrogates(input));

    public Article FromUnknownBytes(ReadOnlyMemory<byte> content, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize(content.Length);
        var decoded = PageDecoder.Decode(content, context.Charset, lookForMetaCharset: true, cancellationToken);
        var report = Decoded(decoded);
        if (decoded.LooksBinary)
        {
            return OutputText.Clean(Binary(report));
        }

        return OutputText.Clean(HtmlSniffer.LooksLikeHtml(decoded.Text.AsSpan())
            ? FromHtml(decoded.Text, context, report, cancellationToken)
            : FromTextCore(decoded.Text, context, report with { Input = InputKind.Text }, cancellationToken));
    }

    /// <summary>
    /// A page the caller already holds as an AngleSharp DOM: copied into our tree (text normalised as decoded pages are),
    /// then read like a page we parsed. The page's source text, which AngleSharp keeps, stands in for the HTML where the
    /// pipeline reads it (the size limit, the second opinion); a DOM built without one is serialised instead.
    /// </summary>
    public Article FromAngleSharp(AngleSharp.Dom.IDocument document, PageContext context, CancellationToken cancellationToken)
    {
        var source = document.Source?.Text is { Length: > 0 } text ? text : document.DocumentElement?.OuterHtml ?? "";
        CheckSize((long)source.Length * 2);
        var parsed = AngleSharpTree.ToHtmlDocument(document, options.Limits.MaxDepth + NestingSlack, options.Limits.MaxNodes, TextNormalizer.Normalize, cancellationToken);
        var report = new PageReport(InputKind.Html) { Encoding = document.CharacterSet?.ToLowerInvariant() };
        return FromHtml(TextNormalizer.Normalize(source, cancellationToken), context, report, cancellationToken, parsed);
    }

    private Article FromHtml(string html, PageContext context, PageReport report, CancellationToken cancellationToken, HtmlDocument? parsed = null)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var maxDepth = options.Limits.MaxDepth + NestingSlack;
        var document = parsed ?? HtmlDocument.Parse(html, maxDepth, options.Limits.MaxNodes, composeReferences: true);
        if (document.NestingCapped)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.NestingCapped, $"Markup nested deeper than {maxDepth:N0} levels was read flat."));
        }

        if (document.Counters.CopyBudgetSpent)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.LimitFormatting, $"Formatting elements were copied {document.Counters.Copies:N0} times (reopened after blocks or moved around them), the page's budget; past it they were not."));
        }

        cancellationToken.ThrowIfCancellationRequested();

        var metadata = MetadataReader.Read(document);
        var pageUrl = HttpUrlOf(context, report);
        var canonical = CanonicalOf(metadata, pageUrl, report);
        var baseUrl = pageUrl ?? canonical;
        var profiles = SiteProfiles.For(options.SiteProfiles, baseUrl);
        SiteProfiles.Drop(document, profiles);
        var read = HtmlBlockReader.Read(document.Body, options.Limits, cancellationToken, HtmlBlockReader.BlockLimitFor(html.Length));
        if (document.Counters.StoppedAtNodeLimit)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.LimitNodes, $"Stopped reading after {document.Counters.NodeLimit:N0} nodes (elements and text): the rest of the page was not parsed."));
        }
        else if (read.Truncated && !read.StoppedAtBlockLimit)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.LimitNodes, $"Stopped reading after {options.Limits.MaxNodes:N0} nodes."));
        }

        if (read.StoppedAtBlockLimit)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.LimitBlocks, $"Stopped reading after {read.Blocks.Count:N0} blocks, the page's share for its length ({html.Length:N0} characters): the rest of the page was not read."));
        }

        var blocks = read.Blocks;
        var language = _knowledge.Detector.Detect(blocks, metadata.LanguageTag);
        var lexicon = _knowledge.For(language);
        var weights = BlockWeights.Of(blocks);
        var pinned = SiteProfiles.Content(document, profiles, blocks);
        var range = pinned ?? HtmlContentLocator.Locate(blocks, weights);
        if (pinned is not null)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.ContentProfile, "The site profile's content selector located the article."));
        }

        if (fallbacks.Count > 0 && ContentFallbacks.IsNeeded(range, blocks))
        {
            range = ContentFallbacks.Ask(fallbacks, new ContentFallbackContext(html, pageUrl, read.Nodes, blocks, maxDepth, report.Notes, cancellationToken), range);
        }

        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.ContentRange, range.IsEmpty ? "No article text located." : $"Blocks {range.First}–{range.Last} (score {range.Score:F0}, margin {range.Margin:F2})."));

        var (title, titleReason) = TitleExtractor.Choose(blocks, metadata, range, lexicon);
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Title, titleReason));

        var captionCandidates = new HashSet<int>(read.Images.Select(i => i.NextBlockIndex));
        var altTexts = new HashSet<string>(read.Images.Where(i => i.Alt is { Length: >= 6 }).Select(i => TextKey.Of(i.Alt!)), StringComparer.Ordinal);
        BlockClassifier.Classify(blocks, weights, new ClassificationInput(lexicon, range, TextKey.Of(title), captionCandidates, altTexts));

        var images = ImageExtractor.Extract(read.Images, blocks, range, baseUrl);
        var related = RelatedItems.FromHtml(blocks, baseUrl, range, lexicon);
        var article = Assemble(blocks, weights, range, title, language, metadata, lexicon, context, report, textCapture: false, images, related);
        return article with
        {
            SiteName = metadata.SiteName,
            CanonicalUrl = canonical,
        };
    }

    /// <summary>The caller's page URL when it is an http(s) address; another one is not used as a base, with a note.</summary>
    private static Uri? HttpUrlOf(PageContext context, PageReport report)
    {
        if (context.Url is null || UrlResolver.IsHttp(context.Url))
        {
            return context.Url;
        }

        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.UrlBaseIgnored, $"The page URL '{Shorten(context.Url.OriginalString)}' is not an absolute http(s) address; links are not resolved against it."));
        return null;
    }

    /// <summary>
    /// The page's canonical address: the first of its canonical link and <c>og:url</c> that is (or resolves against the
    /// page URL to) an http(s) address. One that is not is ignored with a note, and so never becomes the base of other links.
    /// </summary>
    private static Uri? CanonicalOf(PageMetadata metadata, Uri? pageUrl, PageReport report)
    {
        foreach (var (name, value) in (ReadOnlySpan<(string, string?)>)[("canonical link", metadata.CanonicalUrl), ("og:url", metadata.OpenGraphUrl)])
        {
            if (string.IsNullOrWhiteSpace(value))
            {
                continue;
            }

            if (UrlResolver.ToUri(value, pageUrl) is { } url)
            {
                return url;
            }

            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.UrlCanonicalIgnored, $"The {name} '{Shorten(value)}' is not an absolute http(s) address (nor resolves to one); ignored."));
        }

        return null;
    }

    private static string Shorten(string value) => value.Length <= 100 ? value : value[..100] + "…";

    private Article FromTextCore(string text, PageContext context, PageReport report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var capture = TextBlockReader.Read(InputText.WithoutNul(text), cancellationToken);
        var blocks = capture.Blocks;
        var language = _knowledge.Detector.Detect(blocks, null);
        var lexicon = _knowledge.For(language);
        var weights = BlockWeights.Of(blocks);
        var comments = TextLineWeights.Adjust(capture, weights, lexicon);
        var range = TextContentLocator.CutLists(blocks, weights, comments, TextContentLocator.Locate(weights), lexicon);
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.ContentRange, range.IsEmpty ? "No article text located." : $"Lines {range.First}–{range.Last} (score {range.Score:F0}, margin {range.Margin:F2})."));
        var (title, titleReason) = TextTitleExtractor.Choose(capture, range, lexicon);
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Title, titleReason));

        // Lines shown twice are captions (alt text and caption), and so is a caption-like line just before such a pair.
        var (echoes, beforeEchoes) = TextCaptions.Find(capture, lexicon);
        BlockClassifier.Classify(blocks, weights, new ClassificationInput(lexicon, range, TextKey.Of(title), beforeEchoes, echoes, TextCapture: true));
        return Assemble(blocks, weights, range, title, language, PageMetadata.Empty, lexicon, context, report, textCapture: true, ([], "a text capture shows no images"), RelatedItems.FromText(blocks, range, lexicon));
    }

    /// <summary>The field extractors, shared by both inputs; each field's reason goes into the diagnostics.</summary>
    private Article Assemble(
        IReadOnlyList<Block> blocks,
        double[] weights,
        ContentRange range,
        string title,
        ContentLanguage language,
        PageMetadata metadata,
        CompiledLexicon lexicon,
        PageContext context,
        PageReport report,
        bool textCapture,
        (IReadOnlyList<ArticleImage> Images, string Reason) images,
        (IReadOnlyList<RelatedLink> Items, string Reason) related)
    {
        var paragraphs = ParagraphBuilder.Build(blocks, lexicon);
        if (options.TraceBlocks)
        {
            var paths = textCapture ? null : new CssPaths();
            report.Trace = [.. blocks.Select(b => new BlockTrace(b.Index, b.Role.ToString(), Math.Round(weights[b.Index], 1), b.Text, b.Hints)
            {
                Rule = b.RoleReason,
                InContent = range.Contains(b.Index),
                CssPath = b.Element is { } element ? paths?.Of(element) : null,
            })];
        }

        var (headerFirst, headerLast) = HeaderSpan(blocks, range);
        // A page of no known language reads the dates of every language, but the loosest forms.
        var grammar = language == ContentLanguage.Unknown ? _knowledge.AnyLanguageDates : lexicon.Dates;
        var dateContext = new DateContext(language, options.DefaultOffsetFor(language), UsableReference(options.ResolveReferenceTime(context.ReferenceTime), report), grammar)
        {
            AnyLanguage = _knowledge.AnyLanguageDates,
        };
        var (dateline, dateReason) = DatelineExtractor.Choose(blocks, metadata, dateContext, headerFirst, headerLast, TextKey.Of(title), lexicon);
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Dateline, dateReason));

        var (sources, sourcesReason) = SourceExtractor.Extract(blocks, lexicon, headerFirst, headerLast);
        var (credits, creditsReason) = CreditExtractor.Extract(blocks.Where(b => b.Index >= headerFirst), lexicon);
        var (authors, authorsReason) = AuthorExtractor.Extract(blocks, lexicon, metadata, credits, sources, headerFirst, headerLast);
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Sources, sourcesReason));
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Authors, authorsReason));
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Credits, creditsReason));
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Images, images.Reason));
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Related, related.Reason));
        var (isArticle, articleReason) = ArticleJudge.Judge(blocks, paragraphs, range, metadata, textCapture);
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.ArticleJudge, articleReason));

        return new Article
        {
            Title = title,
            Language = language,
            Dateline = dateline,
            Paragraphs = paragraphs,
            Sources = sources,
            Authors = authors,
            Credits = credits,
            Images = images.Images,
            Related = related.Items,
            IsArticle = isArticle,
            Diagnostics = report.ToDiagnostics(),
        };
    }

    /// <summary>
    /// The reference time when it lies within the years dates are read in (1990–2100); outside them — <c>default</c>
    /// (0001-01-01) included, the usual sign of a reference never set — it is treated as none, with a note: every date
    /// resolved against it would be out of range, and counting back from the edge of the calendar would overflow.
    /// </summary>
    private static DateTimeOffset? UsableReference(DateTimeOffset? reference, PageReport report)
    {
        if (reference is not { } moment || moment.UtcDateTime.Year is >= DateResolver.MinYear and <= DateResolver.MaxYear)
        {
            return reference;
        }

        var what = moment == default ? "default(DateTimeOffset)" : moment.ToString("O", System.Globalization.CultureInfo.InvariantCulture);
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.DatelineReferenceIgnored, $"The reference time {what} is outside {DateResolver.MinYear}–{DateResolver.MaxYear}; treated as none."));
        return null;
    }

    /// <summary>The empty article for input that is not text (an image, a PDF…): nothing in it is read as a page.</summary>
    private static Article Binary(PageReport report)
    {
        if (!report.Notes.Any(n => n.Code == DiagnosticCodes.InputBinary))
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.InputBinary, "The input is binary (control characters throughout), not a page; nothing was extracted."));
        }

        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.ArticleJudge, "not a page"));
        return new Article { Diagnostics = report.ToDiagnostics() };
    }

    /// <summary>The blocks where bylines and datelines sit: from just before the headline to just after the first paragraph.</summary>
    private static (int First, int Last) HeaderSpan(IReadOnlyList<Block> blocks, ContentRange range)
    {
        if (range.IsEmpty)
        {
            return (0, -1);
        }

        var title = -1;
        var firstBody = range.First;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Role == BlockRole.Title && title < 0)
            {
                title = i;
            }

            if (blocks[i].Role == BlockRole.Body)
            {
                firstBody = i;
                break;
            }
        }

        var first = title >= 0 ? Math.Max(0, title - 2) : Math.Max(0, firstBody - 8);
        return (first, Math.Min(blocks.Count - 1, firstBody + 2));
    }

    private void CheckSize(long bytes)
    {
        if (bytes > options.Limits.MaxInputBytes)
        {
            throw new ExtractionLimitException($"The input ({bytes:N0} bytes) exceeds the limit of {options.Limits.MaxInputBytes:N0} bytes.");
        }
    }

    private static PageReport Decoded(DecodedPage decoded)
    {
        var report = new PageReport(InputKind.Html) { Encoding = decoded.EncodingName, Evidence = decoded.Evidence, Replacements = decoded.ReplacementCount };
        report.Notes.AddRange(decoded.Notes);
        return report;
    }

    /// <summary>Diagnostics gathered while one page goes through the stages.</summary>
    private sealed record PageReport(InputKind Input)
    {
        public string? Encoding { get; init; }
        public EncodingEvidence Evidence { get; init; }
        public int Replacements { get; init; }
        public List<DiagnosticNote> Notes { get; init; } = [];
        public IReadOnlyList<BlockTrace> Trace { get; set; } = [];

        public ExtractionDiagnostics ToDiagnostics() => new()
        {
            Input = Input,
            Encoding = Encoding,
            EncodingEvidence = Evidence,
            ReplacementCharacters = Replacements,
            Truncated = Notes.Any(n => n.Code.StartsWith("limit.", StringComparison.Ordinal)),
            Notes = [.. Notes],
            Blocks = Trace,
        };
    }
}
