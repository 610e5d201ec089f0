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
        var counter = default(Counter);
        foreach (var c in text)
        {
            counter.Add(CharKinds.Of(c));
        }

        return counter.Metrics;
    }

    /// <summary>
    /// The length in reading units: a Han character counts one, a Latin syllable about one (three letters or digits), a
    /// punctuation mark one, so that "60 Chinese characters" and "60 Vietnamese syllables" are both a long paragraph.
    /// </summary>
    public int ReadingLength => Cjk + ((Latin + Digits) / 3) + Punctuation;

    /// <summary>
    /// The metrics of text met a character at a time (<see cref="CharKinds.Of"/>), for a reader that already looks at
    /// each character: no second pass over the text it builds.
    /// </summary>
    public struct Counter
    {
        private int _chars;
        private int _cjk;
        private int _latin;
        private int _punctuation;
        private int _digits;
        private int _notPlain;

        public readonly TextMetrics Metrics => new(_chars, _cjk, _latin, _punctuation, _digits, _notPlain == 0);

        /// <summary>Counts one character of the kinds <paramref name="kinds"/>. Branch-free: the kinds are single bits.</summary>
        public void Add(CharKind kinds)
        {
            var k = (int)kinds;
            _chars += ~k & 1;
            _cjk += (k >> 1) & 1;
            _latin += (k >> 2) & 1;
            _digits += (k >> 3) & 1;
            _punctuation += (k >> 4) & 1;
            _notPlain |= k & (int)CharKind.NotPlain;
        }
    }
}

/// <summary>What the block features count a character as; at most one of Cjk, Latin, Digit, Punctuation.</summary>
[Flags]
internal enum CharKind : byte
{
    None = 0,

    /// <summary><see cref="char.IsWhiteSpace(char)"/>: not counted.</summary>
    White = 1,

    /// <summary><see cref="CharClass.IsHan"/>.</summary>
    Cjk = 2,

    /// <summary><see cref="CharClass.IsLatinLetter"/>.</summary>
    Latin = 4,

    /// <summary><see cref="char.IsAsciiDigit"/>.</summary>
    Digit = 8,

    /// <summary><see cref="CharClass.IsSentencePunctuation"/>.</summary>
    Punctuation = 16,

    /// <summary>Not <see cref="TextKey.IsPlain"/>.</summary>
    NotPlain = 32,

    /// <summary>
    /// Separates words in markup text: white space, the zero-width space and the BOM (which are not white to
    /// <see cref="char.IsWhiteSpace(char)"/>); the HTML reader turns each run of them into one space.
    /// </summary>
    BreaksWords = 64,
}

/// <summary>The <see cref="CharKind"/> of every BMP character, one table lookup for the predicates it stands for.</summary>
internal static class CharKinds
{
    private static readonly CharKind[] Table = Build();

    public static CharKind Of(char c) => Table[c];

    /// <summary>The kinds by the predicates they stand for (the table, and the unit test checking it, use this).</summary>
    internal static CharKind Classify(char c)
    {
        var kind = char.IsWhiteSpace(c) ? CharKind.White
            : CharClass.IsHan(c) ? CharKind.Cjk
            : CharClass.IsLatinLetter(c) ? CharKind.Latin
            : char.IsAsciiDigit(c) ? CharKind.Digit
            : CharClass.IsSentencePunctuation(c) ? CharKind.Punctuation
            : CharKind.None;
        kind |= TextKey.IsPlain(c) ? CharKind.None : CharKind.NotPlain;
        kind |= char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' ? CharKind.BreaksWords : CharKind.None;
        return kind;
    }

    private static CharKind[] Build()
    {
        var table = new CharKind[char.MaxValue + 1];
        for (var i = 0; i <= char.MaxValue; i++)
        {
            table[i] = Classify((char)i);
        }

        return table;
    }
}
