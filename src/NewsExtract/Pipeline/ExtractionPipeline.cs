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
internal sealed class ExtractionPipeline(ExtractionOptions options)
{
    // Levels above the block reader's MaxDepth (html, body and a few wrappers) the parser still nests.
    private const int NestingSlack = 16;

    private readonly LanguageKnowledge _knowledge = LanguageKnowledge.For(options.LexiconExtensions).Prepare();

    public Article FromHtmlBytes(ReadOnlyMemory<byte> html, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize(html.Length);
        var decoded = PageDecoder.Decode(html.Span, context.Charset, lookForMetaCharset: true);
        return decoded.LooksBinary ? Binary(Decoded(decoded)) : FromHtml(decoded.Text, context, Decoded(decoded), cancellationToken);
    }

    public Article FromHtmlString(string html, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize((long)html.Length * 2);
        var report = new PageReport(InputKind.Html);
        return Cleaned(html) is { } clean ? FromHtml(clean, context, report, cancellationToken) : Binary(report);
    }

    public Article FromTextBytes(ReadOnlyMemory<byte> text, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize(text.Length);
        var decoded = PageDecoder.Decode(text.Span, context.Charset, lookForMetaCharset: false);
        var report = Decoded(decoded) with { Input = InputKind.Text };
        return decoded.LooksBinary ? Binary(report) : FromTextCore(decoded.Text, context, report, cancellationToken);
    }

    public Article FromText(string text, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize((long)text.Length * 2);
        var report = new PageReport(InputKind.Text);
        return Cleaned(text) is { } clean ? FromTextCore(clean, context, report, cancellationToken) : Binary(report);
    }

    /// <summary>A caller's string made safe like decoded bytes are (NFC, no controls or lone surrogates); null when it is binary.</summary>
    private static string? Cleaned(string input) =>
        InputText.LooksBinary(input) ? null : TextNormalizer.Normalize(InputText.WithoutLoneSurrogates(input));

    public Article FromUnknownBytes(ReadOnlyMemory<byte> content, PageContext context, CancellationToken cancellationToken)
    {
        CheckSize(content.Length);
        var decoded = PageDecoder.Decode(content.Span, context.Charset, lookForMetaCharset: true);
        var report = Decoded(decoded);
        if (decoded.LooksBinary)
        {
            return Binary(report);
        }

        return HtmlSniffer.LooksLikeHtml(decoded.Text.AsSpan())
            ? FromHtml(decoded.Text, context, report, cancellationToken)
            : FromTextCore(decoded.Text, context, report with { Input = InputKind.Text }, cancellationToken);
    }

    private Article FromHtml(string html, PageContext context, PageReport report, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();

        var maxDepth = options.Limits.MaxDepth + NestingSlack;
        var document = HtmlDocument.Parse(html, maxDepth);
        if (document.NestingCapped)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.NestingCapped, $"Markup nested deeper than {maxDepth:N0} levels was read flat."));
        }

        cancellationToken.ThrowIfCancellationRequested();

        var metadata = MetadataReader.Read(document);
        var profiles = SiteProfiles.For(options.SiteProfiles, context.Url ?? UrlResolver.ToUri(metadata.CanonicalUrl ?? metadata.OpenGraphUrl, null));
        SiteProfiles.Drop(document, profiles);
        var read = HtmlBlockReader.Read(document.Body, options.Limits, cancellationToken);
        if (read.Truncated)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.LimitNodes, $"Stopped reading after {options.Limits.MaxNodes:N0} nodes."));
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

        if (options.UseReadabilitySecondOpinion && ReadabilitySecondOpinion.IsNeeded(range, blocks, html.Length)
            && ReadabilitySecondOpinion.Locate(NestingGuard.Cap(html, maxDepth, out _), context.Url, blocks) is { } second)
        {
            report.Notes.Add(new DiagnosticNote(DiagnosticCodes.ContentSecondOpinion, $"Own locator found too little; SmartReader's article covers blocks {second.First}–{second.Last}."));
            range = second;
        }
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.ContentRange, range.IsEmpty ? "No article text located." : $"Blocks {range.First}–{range.Last} (score {range.Score:F0}, margin {range.Margin:F2})."));

        var (title, titleReason) = TitleExtractor.Choose(blocks, metadata);
        report.Notes.Add(new DiagnosticNote(DiagnosticCodes.Title, titleReason));

        var captionCandidates = new HashSet<int>(read.Images.Select(i => i.NextBlockIndex));
        var altTexts = new HashSet<string>(read.Images.Where(i => i.Alt is { Length: >= 6 }).Select(i => TextKey.Of(i.Alt!)), StringComparer.Ordinal);
        BlockClassifier.Classify(blocks, weights, new ClassificationInput(lexicon, range, TextKey.Of(title), captionCandidates, altTexts));

        var baseUrl = context.Url ?? UrlResolver.ToUri(metadata.CanonicalUrl ?? metadata.OpenGraphUrl, null);
        var images = ImageExtractor.Extract(read.Images, blocks, range, baseUrl);
        var related = RelatedItems.FromHtml(blocks, baseUrl);
        var article = Assemble(blocks, weights, range, title, language, metadata, lexicon, context, report, textCapture: false, images, related);
        return article with
        {
            SiteName = metadata.SiteName,
            CanonicalUrl = UrlResolver.ToUri(metadata.CanonicalUrl ?? metadata.OpenGraphUrl, context.Url),
        };
    }

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
            report.Trace = [.. blocks.Select(b => new BlockTrace(b.Index, b.Role.ToString(), Math.Round(weights[b.Index], 1), b.Text, b.Hints) { Rule = b.RoleReason })];
        }

        var (headerFirst, headerLast) = HeaderSpan(blocks, range);
        // A page of no known language reads the dates of every language, but the loosest forms.
        var grammar = language == ContentLanguage.Unknown ? _knowledge.AnyLanguageDates : lexicon.Dates;
        var dateContext = new DateContext(language, options.DefaultOffsetFor(language), options.ResolveReferenceTime(context.ReferenceTime), grammar)
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
