namespace NewsExtract.Blocks;

/// <summary>What the layout of a plain-text capture says about one block, beside its text.</summary>
/// <param name="Indent">Leading spaces of the (first) line: text browsers indent paragraphs and leave headings flush.</param>
/// <param name="BlankBefore">A blank line separates the block from the one before.</param>
/// <param name="Doubled">The line held one text twice (an image's alt text run into its caption, a link and its title).</param>
internal readonly record struct TextLineFeatures(int Indent, bool BlankBefore, bool Doubled);

/// <summary>A plain-text capture read into blocks, with one <see cref="TextLineFeatures"/> and one comparison key per block.</summary>
/// <param name="Blocks">One block per paragraph, in reading order.</param>
/// <param name="Lines">The layout of each block.</param>
internal sealed record TextCapture(IReadOnlyList<Block> Blocks, IReadOnlyList<TextLineFeatures> Lines);
