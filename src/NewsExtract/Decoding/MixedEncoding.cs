using System.Text;
using System.Text.Unicode;

namespace NewsExtract.Decoding;

/// <summary>
/// Pages stitched together from parts in different encodings — a GBK template around UTF-8 articles, a UTF-8 page with
/// a GBK block pasted in: decoded in one encoding, one part becomes U+FFFD or mojibake. The page is cut into pieces at
/// line ends and tag ends (no double-byte character of GBK, Big5, Shift_JIS or EUC-KR and no UTF-8 sequence has those
/// bytes inside it); a piece that is UTF-8 (valid, or all but a rare corrupt sequence) with several multi-byte characters
/// is UTF-8, one that is mostly not is the legacy encoding, and one too short to tell goes with the piece before it. When both kinds hold enough
/// text, each run is decoded in its own encoding.
/// </summary>
internal static class MixedEncoding
{
    // A piece is UTF-8 when it validates with at least this many multi-byte characters: about one GBK character in
    // eight happens to be a valid two-byte UTF-8 sequence, so three in a row by chance is rare, and the page needs
    // MinChars of them before anything changes.
    private const int MinUtf8CharsPerPiece = 3;

    // Both kinds need this many non-ASCII characters (UTF-8) or bytes (legacy) for the page to count as mixed.
    private const int MinUtf8Chars = 16;
    private const int MinLegacyBytes = 32;

    /// <summary>One run of the page in one encoding.</summary>
    internal readonly record struct Run(int Start, int Length, bool Utf8);

    /// <summary>
    /// The runs of a page that mixes UTF-8 with another encoding, or null when it does not (the usual case: then only the
    /// cheap scan for UTF-8 pieces was paid). <paramref name="utf8Share"/> is the UTF-8 part of the non-ASCII bytes.
    /// </summary>
    public static List<Run>? Find(ReadOnlySpan<byte> bytes, CancellationToken cancellationToken, out double utf8Share)
    {
        utf8Share = 0;
        List<Run>? runs = null;
        int utf8Chars = 0, utf8High = 0, legacyHigh = 0, runStart = 0;
        bool? current = null; // the kind of the run being built; null until the first piece that tells
        var start = 0;
        var piecesSinceCheck = 0;
        while (start < bytes.Length)
        {
            if (++piecesSinceCheck == 4096)
            {
                piecesSinceCheck = 0;
                cancellationToken.ThrowIfCancellationRequested();
            }

            var rest = bytes[start..];
            var end = rest.IndexOfAny((byte)'\n', (byte)'>');
            var piece = end < 0 ? rest : rest[..(end + 1)];
            var firstHigh = piece.IndexOfAnyInRange((byte)0x80, (byte)0xFF);
            if (firstHigh >= 0)
            {
                var high = ByteStats.CountHighBytes(piece[firstHigh..]);
                var chars = CountLeads(piece[firstHigh..]);
                bool? kind = null;
                if (!Utf8.IsValid(piece) && !ByteStats.MostlyUtf8(ByteStats.CountInvalidUtf8(piece, cap: (high / 20) + 1), high))
                {
                    kind = false;
                    legacyHigh += high;
                }
                else if (chars >= MinUtf8CharsPerPiece)
                {
                    // Valid UTF-8, or UTF-8 with a rare corrupt sequence (which stays U+FFFD, as in a UTF-8 page).
                    kind = true;
                    utf8Chars += chars;
                    utf8High += high;
                }

                if (kind is { } k && k != current)
                {
                    if (current is not null)
                    {
                        (runs ??= []).Add(new Run(runStart, start - runStart, current.Value));
                        runStart = start;
                    }

                    current = k;
                }
            }

            start += piece.Length;
        }

        if (utf8Chars < MinUtf8Chars || legacyHigh < MinLegacyBytes || runs is null)
        {
            return null;
        }

        runs.Add(new Run(runStart, bytes.Length - runStart, current!.Value));
        utf8Share = (double)utf8High / (utf8High + legacyHigh);
        return runs;
    }

    /// <summary>The bytes of the legacy runs (up to <paramref name="max"/>), for detecting their encoding.</summary>
    public static byte[] LegacySample(ReadOnlySpan<byte> bytes, List<Run> runs, int max)
    {
        var sample = new List<byte>(Math.Min(max, bytes.Length));
        foreach (var run in runs)
        {
            if (!run.Utf8 && sample.Count < max)
            {
                var part = bytes.Slice(run.Start, Math.Min(run.Length, max - sample.Count));
                sample.AddRange(part);
            }
        }

        return [.. sample];
    }

    /// <summary>Each run decoded in its own encoding, joined; <paramref name="replacements"/> counts invalid sequences in all.</summary>
    public static string Decode(ReadOnlyMemory<byte> bytes, List<Run> runs, Encoding legacy, CancellationToken cancellationToken, out int replacements)
    {
        var parts = new string[runs.Count];
        replacements = 0;
        for (var i = 0; i < runs.Count; i++)
        {
            parts[i] = CountingDecoder.Decode(runs[i].Utf8 ? CharsetNames.Utf8 : legacy, bytes.Slice(runs[i].Start, runs[i].Length), cancellationToken, out var bad);
            replacements += bad;
        }

        return string.Concat(parts);
    }

    // UTF-8 lead bytes: one per multi-byte character in valid UTF-8.
    private static int CountLeads(ReadOnlySpan<byte> piece)
    {
        var leads = 0;
        foreach (var b in piece)
        {
            leads += b >= 0xC0 ? 1 : 0;
        }

        return leads;
    }
}
