namespace NewsExtract.Classification;

/// <summary>The span of blocks (inclusive) that holds the article, and how sure the locator is.</summary>
/// <param name="First">Index of the first block.</param>
/// <param name="Last">Index of the last block.</param>
/// <param name="Score">The summed weight of the span.</param>
/// <param name="Margin">How far the runner-up trails, 0–1 (1: no rival). Low margins are unsure.</param>
/// <param name="IsPinned">True when a site profile, not the scoring, located the span.</param>
internal readonly record struct ContentRange(int First, int Last, double Score, double Margin, bool IsPinned = false)
{
    public static ContentRange Empty { get; } = new(0, -1, 0, 0);

    public bool IsEmpty => Last < First;



    public bool Contains(int index) => index >= First && index <= Last;
}
