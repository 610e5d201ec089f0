namespace NewsExtract.Text;

/// <summary>Counts over a run of text: the raw features every block carries.</summary>
internal readonly record struct TextMetrics(int Chars, int Cjk, int Latin, int Punctuation, int Digits)
{
    /// <summary>Counts the non-white characters of <paramref name="text"/> by class.</summary>
    public static TextMetrics Of(ReadOnlySpan<char> text)
    {
        int chars = 0, cjk = 0, latin = 0, punct = 0, digits = 0;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                continue;
            }

            chars++;
            if (CharClass.IsCjk(c))
            {
                cjk++;
            }
            else if (CharClass.IsLatinLetter(c))
            {
                latin++;
            }
            else if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (CharClass.IsSentencePunctuation(c))
            {
                punct++;
            }
        }

        return new TextMetrics(chars, cjk, latin, punct, digits);
    }

    /// <summary>
    /// Length in "reading units": a CJK character weighs one, a Latin word about one (5 letters), so that
    /// "60 Chinese characters" and "60 Vietnamese syllables" are both a long paragraph.
    /// </summary>
    public int Weight => Cjk + ((Latin + Digits) / 3) + Punctuation;
}
