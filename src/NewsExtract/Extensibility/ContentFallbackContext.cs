using NewsExtract.Blocks;
using NewsExtract.Pipeline;
using NewsExtract.Text;

namespace NewsExtract;

/// <summary>What an <see cref="IContentFallback"/> is given about the page: its HTML, its blocks and a place for notes.</summary>
public sealed class ContentFallbackContext
{
    private readonly IReadOnlyList<Block> _blocks;
    private readonly List<DiagnosticNote> _notes;
    private readonly int _maxDepth;
    private string? _capped;

    internal ContentFallbackContext(string html, Uri? url, int nodeCount, IReadOnlyList<Block> blocks, int maxDepth, List<DiagnosticNote> notes, CancellationToken cancellationToken)
    {
        Html = html;
        Url = url;
        NodeCount = nodeCount;
        _blocks = blocks;
        _maxDepth = maxDepth;
        _notes = notes;
        CancellationToken = cancellationToken;
        BlockTexts = new BlockTextList(blocks);
    }

    /// <summary>The page's HTML as decoded.</summary>
    public string Html { get; }

    /// <summary>
    /// <see cref="Html"/> with markup nested deeper than the extractor's <see cref="ExtractionLimits.MaxDepth"/> flattened
    /// (the text kept, read inline), for parsers whose cost grows with the square of the depth, as AngleSharp's does.
    /// </summary>
    public string HtmlWithNestingCapped => _capped ??= NestingGuard.Cap(Html, _maxDepth, out _);

    /// <summary>The page's address, when it is a known http(s) address.</summary>
    public Uri? Url { get; }

    /// <summary>How many nodes NewsExtract's own parse of the page has (unclosed formatting reopened counts each time).</summary>
    public int NodeCount { get; }

    /// <summary>The text of each of the page's blocks, in reading order: the indexes a <see cref="ContentSpan"/> counts.</summary>
    public IReadOnlyList<string> BlockTexts { get; }

    /// <summary>Cancelled when the caller gives up; check it before and after any long step.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>
    /// Maps an article text found by another extractor back onto the page's blocks: the span from the first to the last
    /// block of running text (at least a short sentence) that the text contains, compared without regard to spacing,
    /// punctuation width or case. Null when no such block is in it.
    /// </summary>
    public ContentSpan? SpanOfText(string articleText)
    {
        ArgumentNullException.ThrowIfNull(articleText);
        var kept = TextKey.Of(articleText);
        int first = -1, last = -1;
        foreach (var block in _blocks)
        {
            if (block.Metrics.ReadingLength >= 10 && kept.Contains(TextKey.Of(block.Text), StringComparison.Ordinal))
            {
                first = first < 0 ? block.Index : first;
                last = block.Index;
            }
        }

        return first < 0 ? null : new ContentSpan(first, last);
    }

    /// <summary>Adds a note to the article's <see cref="ExtractionDiagnostics.Notes"/> (a stable code such as <c>content.second-opinion</c>).</summary>
    public void AddNote(string code, string message)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(code);
        ArgumentNullException.ThrowIfNull(message);
        _notes.Add(new DiagnosticNote(code, message));
    }

    /// <summary>The summed text weight of the span's blocks of running text (the score the own locator would give it).</summary>
    internal double WeightOf(ContentSpan span)
    {
        double weight = 0;
        for (var i = span.First; i <= span.Last; i++)
        {
            weight += _blocks[i].Metrics.ReadingLength >= 10 ? _blocks[i].Metrics.ReadingLength : 0;
        }

        return weight;
    }

    private sealed class BlockTextList(IReadOnlyList<Block> blocks) : IReadOnlyList<string>
    {
        public string this[int index] => blocks[index].Text;

        public int Count => blocks.Count;

        public IEnumerator<string> GetEnumerator() => blocks.Select(b => b.Text).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
