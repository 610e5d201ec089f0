namespace NewsExtract;

/// <summary>
/// Why an article came out as it did, in one place: every block of the page in page order (its role, weight, the rule
/// that gave the role, whether it lies in the located article, and for HTML its CSS path), the located span, and each
/// field with the reason its extractor gave and the blocks of its role. What <c>newsextract explain</c> draws its
/// report from. Immutable.
/// </summary>
/// <remarks>
/// A view over <see cref="Article.Diagnostics"/>: the blocks are there only when the article was extracted with
/// <see cref="ExtractionOptions.TraceBlocks"/> set; without it <see cref="Blocks"/> is empty, the span unknown, and the
/// fields have their reasons but no blocks.
/// </remarks>
/// <example>
/// <code>
/// var extractor = new ArticleExtractor(ExtractionOptions.Default with { TraceBlocks = true });
/// var trace = ExtractionTrace.Of(extractor.ExtractHtml(html));
/// foreach (var block in trace.Blocks.Where(b => b.InContent &amp;&amp; b.Role != "Body"))
///     Console.WriteLine($"#{block.Index} {block.Role} ({block.Rule}) {block.CssPath}");
/// </code>
/// </example>
public sealed class ExtractionTrace
{
    // Each field of the article: its JSON name, the code of the note its extractor writes, the block roles it is read from.
    private static readonly (string Field, string Code, string[] Roles)[] FieldNotes =
    [
        ("title", DiagnosticCodes.Title, ["Title"]),
        ("dateline", DiagnosticCodes.Dateline, ["Dateline"]),
        ("paragraphs", DiagnosticCodes.ContentRange, ["Body"]),
        ("sources", DiagnosticCodes.Sources, ["Source"]),
        ("authors", DiagnosticCodes.Authors, ["Byline"]),
        ("credits", DiagnosticCodes.Credits, ["Credit"]),
        ("images", DiagnosticCodes.Images, ["Caption"]),
        ("related", DiagnosticCodes.Related, ["RelatedHeading", "Related"]),
        ("isArticle", DiagnosticCodes.ArticleJudge, []),
    ];

    private ExtractionTrace(InputKind input, IReadOnlyList<BlockTrace> blocks, int? contentFirst, int? contentLast, IReadOnlyList<FieldTrace> fields, IReadOnlyList<DiagnosticNote> notes)
    {
        Input = input;
        Blocks = blocks;
        ContentFirst = contentFirst;
        ContentLast = contentLast;
        Fields = fields;
        Notes = notes;
    }

    /// <summary>Whether the page was read as HTML or as a text capture.</summary>
    public InputKind Input { get; }

    /// <summary>Every block in page order (empty unless the article was extracted with <see cref="ExtractionOptions.TraceBlocks"/>).</summary>
    public IReadOnlyList<BlockTrace> Blocks { get; }

    /// <summary>The index of the first block of the located article; null when none was located or blocks were not traced.</summary>
    public int? ContentFirst { get; }

    /// <summary>The index of the last block of the located article; null when none was located or blocks were not traced.</summary>
    public int? ContentLast { get; }

    /// <summary>
    /// The fields in the order of the JSON contract — <c>title</c>, <c>dateline</c>, <c>paragraphs</c>, <c>sources</c>,
    /// <c>authors</c>, <c>credits</c>, <c>images</c>, <c>related</c>, <c>isArticle</c> — each with its reason.
    /// </summary>
    public IReadOnlyList<FieldTrace> Fields { get; }

    /// <summary>The other notes (encoding, limits, the span located, profiles…), in the order they were made.</summary>
    public IReadOnlyList<DiagnosticNote> Notes { get; }

    /// <summary>The trace of <paramref name="article"/>, read from its diagnostics.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static ExtractionTrace Of(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var diagnostics = article.Diagnostics;
        var blocks = diagnostics.Blocks;
        int? first = null, last = null;
        foreach (var block in blocks)
        {
            if (block.InContent)
            {
                first ??= block.Index;
                last = block.Index;
            }
        }

        var fields = new List<FieldTrace>(FieldNotes.Length);
        foreach (var (field, code, roles) in FieldNotes)
        {
            var reason = string.Join(" ", diagnostics.Notes.Where(n => n.Code == code).Select(n => n.Message));
            var indices = blocks.Where(b => roles.Contains(b.Role, StringComparer.Ordinal)).Select(b => b.Index).ToArray();
            fields.Add(new FieldTrace(field, code, reason, indices));
        }

        var fieldCodes = FieldNotes.Select(f => f.Code).Where(c => c != DiagnosticCodes.ContentRange).ToHashSet(StringComparer.Ordinal);
        var notes = diagnostics.Notes.Where(n => !fieldCodes.Contains(n.Code)).ToArray();
        return new ExtractionTrace(diagnostics.Input, blocks, first, last, fields, notes);
    }
}

/// <summary>One field of an article and why it holds what it does.</summary>
/// <param name="Field">The field's name in the JSON contract (<c>title</c>, <c>authors</c>, <c>isArticle</c>…).</param>
/// <param name="Code">The code of the note its extractor wrote (<see cref="DiagnosticCodes"/>: <c>title.source</c>…).</param>
/// <param name="Reason">What the extractor said about its choice (the notes under <paramref name="Code"/>); empty when it said nothing.</param>
/// <param name="Blocks">The indices of the blocks whose role feeds the field (the title block, body blocks, credit lines…); empty for <c>isArticle</c> or when blocks were not traced.</param>
public sealed record FieldTrace(string Field, string Code, string Reason, IReadOnlyList<int> Blocks);
