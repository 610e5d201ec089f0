namespace NewsExtract.Text;

/// <summary>Counts over a run of text: the raw features every block carries.</summary>
/// <param name="Chars">Non-white characters.</param>
/// <param name="Cjk">CJK ideographs.</param>
/// <param name="Latin">Latin letters, Vietnamese ones included.</param>
/// <param name="Punctuation">Sentence punctuation.</param>
/// <param name="Digits">ASCII digits.</param>
/// <param name="PlainKey">
/// Whether every character is one <see cref="TextKey"/> keeps or narrows one for one (<see cref="TextKey.IsPlain"/>): then
/// the text's key is its <paramref name="Chars"/> non-white characters, and a key of another length differs without building it.
/// </param>
internal readonly record struct TextMetrics(int Chars, int Cjk, int Latin, int Punctuation, int Digits, bool PlainKey)
{
    /// <summary>Counts the non-white characters of <paramref name="text"/> by class.</summary>
    public static TextMetrics Of(ReadOnlySpan<char> text)
    {
        int chars = 0, cjk = 0, latin = 0, punct = 0, digits = 0;
        var plain = true;
        foreach (var c in text)
        {
            plain &= TextKey.IsPlain(c);
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

        return new TextMetrics(chars, cjk, latin, punct, digits, plain);
    }

    /// <summary>
    /// Length in "reading units": a CJK character weighs one, a Latin word about one (5 letters), so that
    /// "60 Chinese characters" and "60 Vietnamese syllables" are both a long paragraph.
    /// </summary>
    public int Weight => Cjk + ((Latin + Digits) / 3) + Punctuation;
}
