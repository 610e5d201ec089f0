namespace NewsExtract.Languages;

/// <summary>
/// Case folding that agrees with <see cref="StringComparison.OrdinalIgnoreCase"/> character by character: two UTF-16
/// characters compare equal ignoring case exactly when their folds are equal (an exhaustive unit test checks this over
/// the whole BMP). Folding a line once lets every cased phrase be searched ordinally, instead of one case-insensitive
/// search per phrase. Text holding surrogates must not be folded this way: the comparison pairs them.
/// </summary>
internal static class CaseFolding
{
    private static readonly char[] Folds = BuildFolds();

    public static char Fold(char c) => Folds[c];

    /// <summary>Writes the fold of <paramref name="text"/> into <paramref name="destination"/> (at least as long).</summary>
    public static void Fold(ReadOnlySpan<char> text, Span<char> destination)
    {
        var folds = Folds;
        for (var i = 0; i < text.Length; i++)
        {
            destination[i] = folds[text[i]];
        }
    }

    /// <summary>Every BMP character equal to <paramref name="c"/> ignoring case (ordinal), <paramref name="c"/> first.</summary>
    public static char[] EqualIgnoringCase(char c)
    {
        var chars = new List<char> { c };
        for (var i = 0; i <= char.MaxValue; i++)
        {
            if (i != c && Folds[i] == Folds[c] && !char.IsSurrogate((char)i))
            {
                chars.Add((char)i);
            }
        }

        return [.. chars];
    }

    public static string Fold(string text)
    {
        var folded = new char[text.Length];
        Fold(text, folded);
        return new string(folded);
    }

    private static char[] BuildFolds()
    {
        // The invariant upper case, where the comparison agrees (it keeps a few, like the long s, apart from theirs).
        var folds = new char[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            var c = (char)i;
            var upper = char.IsSurrogate(c) ? c : char.ToUpperInvariant(c);
            folds[i] = upper != c && new ReadOnlySpan<char>(in c).Equals(new ReadOnlySpan<char>(in upper), StringComparison.OrdinalIgnoreCase) ? upper : c;
        }

        return folds;
    }
}
