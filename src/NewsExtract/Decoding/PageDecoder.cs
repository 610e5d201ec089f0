using System.Text;
using System.Text.Unicode;

namespace NewsExtract.Decoding;

/// <summary>Bytes decoded to text, with the evidence the encoding was chosen on.</summary>
/// <param name="Text">The decoded text, BOM removed and passed through <see cref="TextNormalizer.Normalize(string)"/> (NFC, no C0 controls, <c>\n</c> line ends).</param>
/// <param name="EncodingName">Lower-case web name of the encoding used: <c>utf-8</c>, <c>gb18030</c>, <c>big5</c>, <c>windows-1258</c>, <c>utf-16le</c>….</param>
/// <param name="Evidence">What chose the encoding.</param>
/// <param name="ReplacementCount">How many invalid byte sequences decoding turned into U+FFFD.</param>
/// <param name="Notes">Each decision, in order (codes <c>encoding.*</c> and <c>input.binary</c>).</param>
/// <param name="LooksBinary">True for images, PDFs, archives and random bytes; <paramref name="Text"/> is then only a lossy preview.</param>
internal sealed record DecodedPage(string Text, string EncodingName, EncodingEvidence Evidence, int ReplacementCount, IReadOnlyList<DiagnosticNote> Notes, bool LooksBinary = false);

/// <summary>
/// Decodes page bytes. Evidence, strongest first: byte-order mark; the caller's declared charset; a meta charset
/// found by a byte prescan; detection. Valid UTF-8 with non-ASCII beats any legacy charset claim, since pages
/// often declare gb2312/gbk while serving UTF-8; a claim the bytes badly contradict is dropped for the next evidence.
/// </summary>
internal static class PageDecoder
{
    /// <summary>How much of a binary input is decoded as a preview.</summary>
    internal const int BinaryPreviewBytes = 64 * 1024;

    /// <summary>Decodes the page, checking the token between passes over the bytes and every megabyte while decoding.</summary>
    public static DecodedPage Decode(ReadOnlyMemory<byte> input, string? declaredCharset, bool lookForMetaCharset, CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var notes = new List<DiagnosticNote>(3);
        var bytes = input.Span;

        if (TryBom(bytes, out var bomEncoding, out var bomLength))
        {
            notes.Add(new("encoding.bom", $"A byte-order mark says {CharsetNames.WebName(bomEncoding)}."));
            return Finish(bomEncoding, input[bomLength..], EncodingEvidence.ByteOrderMark, notes, cancellationToken);
        }

        if (BinarySniffer.DetectBomlessUnicode(bytes) is { } unicode)
        {
            notes.Add(new("encoding.detected", $"The byte pattern is {CharsetNames.WebName(unicode)} without a byte-order mark."));
            return Finish(unicode, input, EncodingEvidence.Detected, notes, cancellationToken);
        }

        if (BinarySniffer.LooksBinary(bytes))
        {
            notes.Add(new("input.binary", "binary content: the input is not text (image, PDF, archive or random bytes); only a lossy preview was decoded."));
            var preview = CountingDecoder.Decode(CharsetNames.Utf8, bytes[..Math.Min(bytes.Length, BinaryPreviewBytes)], out var bad);
            return new DecodedPage(TextNormalizer.Normalize(preview, cancellationToken), "utf-8", EncodingEvidence.Default, bad, notes, LooksBinary: true);
        }

        var facts = new Facts(input, cancellationToken);

        if (!string.IsNullOrWhiteSpace(declaredCharset))
        {
            var claim = Weigh(declaredCharset, "declared", "The caller's declared charset", facts, notes);
            if (claim.Encoding is not null)
            {
                return Finish(claim, input, claim.Overruled ? EncodingEvidence.Detected : EncodingEvidence.Declared, notes, cancellationToken);
            }
        }

        if (lookForMetaCharset)
        {
            foreach (var label in MetaCharsetPrescan.FindLabels(bytes))
            {
                var claim = Weigh(label, "meta", "The meta charset", facts, notes);
                if (claim.Encoding is not null)
                {
                    return Finish(claim, input, claim.Overruled ? EncodingEvidence.Detected : EncodingEvidence.MetaTag, notes, cancellationToken);
                }

                if (CharsetNames.Resolve(label) is not null)
                {
                    break; // a known charset the bytes contradict: later metas are no better, detect instead
                }
            }
        }

        if (facts.IsValidUtf8)
        {
            if (facts.HighBytes == 0)
            {
                notes.Add(new("encoding.default", "No charset evidence and the bytes are ASCII; UTF-8 assumed."));
                return Finish(CharsetNames.Utf8, input, EncodingEvidence.Default, notes, cancellationToken);
            }

            notes.Add(new("encoding.detected", "The bytes are valid UTF-8 with non-ASCII text."));
            return Finish(CharsetNames.Utf8, input, EncodingEvidence.Detected, notes, cancellationToken);
        }

        if (facts.MostlyUtf8)
        {
            notes.Add(new("encoding.detected", $"The bytes are UTF-8 with {facts.InvalidUtf8} invalid sequence(s)."));
            return Finish(CharsetNames.Utf8, input, EncodingEvidence.Detected, notes, cancellationToken);
        }

        var (detected, reason, _) = facts.Detection;
        notes.Add(new("encoding.detected", $"Detected {CharsetNames.WebName(detected)}: {reason}."));
        return Finish(detected, input, EncodingEvidence.Detected, notes, cancellationToken);
    }

    /// <summary>
    /// Checks a charset claim against the bytes. Returns the encoding to use (the claimed one, or UTF-8 when the bytes
    /// are valid UTF-8 but the claim is a legacy charset), or null to fall through to weaker evidence;
    /// <c>Overruled</c> is true when the bytes, not the claim, chose the encoding.
    /// </summary>
    // Below this many double-byte characters the lead-byte share says too little to skip detection.
    private const int MinLeadsToJudge = 64;

    private static Claim Weigh(string label, string code, string who, Facts facts, List<DiagnosticNote> notes)
    {
        var claimed = CharsetNames.Resolve(label);
        if (claimed is null)
        {
            notes.Add(new($"encoding.{code}-unknown", $"{who} '{Shorten(label)}' is not a known encoding; ignored."));
            return default;
        }

        var name = CharsetNames.WebName(claimed);
        if (code == "meta" && claimed is UnicodeEncoding or UTF32Encoding)
        {
            // A meta tag readable as ASCII cannot be UTF-16/32 (WHATWG: treat as UTF-8).
            claimed = CharsetNames.Utf8;
            name = "utf-8";
        }
        else if (claimed is UnicodeEncoding or UTF32Encoding)
        {
            // Real UTF-16/32 text has a BOM or NULs between ASCII letters, and was recognised before any claim.
            notes.Add(new($"encoding.{code}-contradicted", $"{who} says {name}, but the bytes have neither a byte-order mark nor the NUL bytes of {name}; ignored."));
            return default;
        }

        if (claimed.CodePage == 65001)
        {
            if (facts.IsValidUtf8 || facts.MostlyUtf8)
            {
                notes.Add(new($"encoding.{code}", $"{who} says utf-8."));
                return new Claim(claimed, false);
            }

            notes.Add(new($"encoding.{code}-contradicted", $"{who} says utf-8 but {facts.InvalidUtf8}+ byte sequences are not UTF-8; ignored."));
            return default;
        }

        if (facts.IsValidUtf8 && facts.HighBytes > 0 && claimed is not UnicodeEncoding and not UTF32Encoding)
        {
            notes.Add(new("encoding.utf8-over-declared", $"{who} says {name}, but the bytes are valid UTF-8 with non-ASCII text; decoded as UTF-8."));
            return new Claim(CharsetNames.Utf8, true);
        }

        if (facts.HighBytes > 0 && claimed is not UnicodeEncoding and not UTF32Encoding && !ClaimCannotBeOverruled(claimed, facts))
        {
            // Legacy claims lie too (gb2312 on Big5, a server's default ISO-8859-1 on GBK): a confident GB18030/Big5
            // detection that disagrees wins.
            var (detected, reason, confidentCjk) = facts.Detection;
            if (confidentCjk && detected.CodePage != claimed.CodePage)
            {
                notes.Add(new($"encoding.{code}-contradicted", $"{who} says {name}, but the bytes read as {CharsetNames.WebName(detected)} ({reason}); decoded as {CharsetNames.WebName(detected)}."));
                return new Claim(detected, true);
            }
        }

        if (claimed.CodePage is 1252 or 28591 && VietnameseScore.LooksLikeWindows1258(facts.Sample))
        {
            notes.Add(new($"encoding.{code}-contradicted", $"{who} says {name}, but the text has Vietnamese tone marks; decoded as windows-1258."));
            return new Claim(CharsetNames.Windows1258, true);
        }

        if (!claimed.IsSingleByte && claimed is not UnicodeEncoding and not UTF32Encoding && facts.HighBytes > 0)
        {
            // A claim stands unless more than one in 20 of the sample's non-ASCII bytes make invalid sequences; standing,
            // the page decoded while counting them is kept.
            var high = ByteStats.CountHighBytes(facts.Sample);
            var text = CountingDecoder.DecodeUnlessSampleInvalid(claimed, facts.Input, facts.Sample.Length, high / 20, facts.CancellationToken, out var replacements, out var invalid);
            if (text is null)
            {
                notes.Add(new($"encoding.{code}-contradicted", $"{who} says {name}, but {invalid} byte sequences in the first {facts.Sample.Length:N0} bytes are invalid in it; ignored."));
                return default;
            }

            // GBK and Big5 accept nearly any pair of high bytes, so Korean or Japanese bytes under a Chinese claim decode
            // without an error, into arbitrary characters: judge the text, not just the bytes.
            if (claimed.CodePage is 54936 or 950
                && ChineseText.DoesNotReadAsChinese(text.AsSpan(0, Math.Min(text.Length, EncodingDetector.SampleSize)), out var ideographs, out var share))
            {
                var why = $"only {share:P0} of its first {ideographs:N0} ideographs are common Chinese characters (Chinese text has over 40 %)";
                var (detected, reason, _) = facts.Detection;
                if (detected.CodePage != claimed.CodePage && !detected.IsSingleByte && detected.CodePage != 65001)
                {
                    notes.Add(new($"encoding.{code}-contradicted", $"{who} says {name}, but the text does not read as Chinese: {why}; the bytes read as {CharsetNames.WebName(detected)} ({reason}); decoded as {CharsetNames.WebName(detected)}."));
                    return new Claim(detected, true);
                }

                notes.Add(new("encoding.doubtful", $"{who} says {name}, but the text does not read as Chinese: {why}; no other encoding reads it (detection: {reason}), so it was decoded as {name} all the same."));
                return new Claim(claimed, false, text, replacements);
            }

            notes.Add(new($"encoding.{code}", $"{who} says {name}."));
            return new Claim(claimed, false, text, replacements);
        }

        notes.Add(new($"encoding.{code}", $"{who} says {name}."));
        return new Claim(claimed, false);
    }

    /// <summary>The encoding a claim leads to (null: fall through), whether the bytes overruled it, and the text when already decoded.</summary>
    private readonly record struct Claim(Encoding? Encoding, bool Overruled, string? Text = null, int Replacements = 0);

    /// <summary>
    /// True for a GB claim on bytes that are plainly not Big5, where detection (about 0.9 ms a page, its cost) could
    /// only overrule the claim for the worse. Only a confident GB18030 or Big5 guess overrules a claim, and GB is the
    /// claim itself; Big5 text read as GBK has about half its lead bytes in 0xA4–0xAF, real GBK text almost none.
    /// GBK is by far the commonest legacy charset of Chinese pages.
    /// </summary>
    private static bool ClaimCannotBeOverruled(Encoding claimed, Facts facts)
    {
        if (claimed.CodePage != 54936)
        {
            return false;
        }

        var (leads, kanaRowLeads) = ByteStats.CountGbkLeads(facts.Sample);
        return leads >= MinLeadsToJudge && kanaRowLeads * 20 < leads;
    }

    private static DecodedPage Finish(Claim claim, ReadOnlyMemory<byte> bytes, EncodingEvidence evidence, List<DiagnosticNote> notes, CancellationToken cancellationToken) =>
        claim.Text is { } decoded && MixedEncoding.Find(bytes.Span, cancellationToken, out _) is null
            ? Finish(claim.Encoding!, decoded, claim.Replacements, evidence, notes, cancellationToken)
            : Finish(claim.Encoding!, bytes, evidence, notes, cancellationToken);

    private static DecodedPage Finish(Encoding encoding, ReadOnlyMemory<byte> bytes, EncodingEvidence evidence, List<DiagnosticNote> notes, CancellationToken cancellationToken)
    {
        string text;
        int replacements;
        if (encoding.CodePage == 65001 && Utf8.IsValid(bytes.Span))
        {
            text = CountingDecoder.Decode(encoding, bytes, cancellationToken, out _);
            replacements = 0;
        }
        else if (encoding is not UnicodeEncoding and not UTF32Encoding && MixedEncoding.Find(bytes.Span, cancellationToken, out var utf8Share) is { } runs)
        {
            // UTF-8 pieces beside another encoding's: each decoded in its own.
            var legacy = encoding.CodePage == 65001 ? LegacyOf(bytes.Span, runs) : encoding;
            text = MixedEncoding.Decode(bytes, runs, legacy, cancellationToken, out replacements);
            notes.Add(new("encoding.mixed", $"The page mixes encodings: {utf8Share:P0} of its non-ASCII bytes are UTF-8, the rest {CharsetNames.WebName(legacy)}; each of its {runs.Count} runs was decoded in its own."));
        }
        else
        {
            text = CountingDecoder.Decode(encoding, bytes, cancellationToken, out replacements);
        }

        return Finish(encoding, text, replacements, evidence, notes, cancellationToken);
    }

    /// <summary>The encoding of the parts of a UTF-8 page that are not UTF-8, detected from those parts alone.</summary>
    private static Encoding LegacyOf(ReadOnlySpan<byte> bytes, List<MixedEncoding.Run> runs) =>
        EncodingDetector.Detect(MixedEncoding.LegacySample(bytes, runs, EncodingDetector.SampleSize)).Encoding;

    private static DecodedPage Finish(Encoding encoding, string text, int replacements, EncodingEvidence evidence, List<DiagnosticNote> notes, CancellationToken cancellationToken)
    {
        if (replacements > 0)
        {
            notes.Add(new("encoding.replacements", $"{replacements:N0} invalid byte sequence(s) became U+FFFD."));
        }

        cancellationToken.ThrowIfCancellationRequested();
        return new DecodedPage(TextNormalizer.Normalize(text, cancellationToken), CharsetNames.WebName(encoding), evidence, replacements, notes);
    }

    private static bool TryBom(ReadOnlySpan<byte> b, out Encoding encoding, out int length)
    {
        (encoding, length) = b switch
        {
            [0xEF, 0xBB, 0xBF, ..] => (CharsetNames.Utf8, 3),
            [0xFF, 0xFE, 0x00, 0x00, ..] => (Encoding.UTF32, 4),
            [0x00, 0x00, 0xFE, 0xFF, ..] => (new UTF32Encoding(bigEndian: true, byteOrderMark: false), 4),
            [0xFF, 0xFE, ..] => (Encoding.Unicode, 2),
            [0xFE, 0xFF, ..] => (Encoding.BigEndianUnicode, 2),
            _ => ((Encoding)CharsetNames.Utf8, 0),
        };
        return length > 0;
    }

    private static string Shorten(string label) => label.Length <= 40 ? label : label[..40] + "…";

    /// <summary>UTF-8 facts about the input, computed once and shared by every claim weighed.</summary>
    private readonly ref struct Facts
    {
        private readonly DetectionCache detection = new();

        public Facts(ReadOnlyMemory<byte> input, CancellationToken cancellationToken)
        {
            var bytes = input.Span;
            Input = input;
            Bytes = bytes;
            CancellationToken = cancellationToken;
            Sample = bytes[..Math.Min(bytes.Length, EncodingDetector.SampleSize)];
            IsValidUtf8 = ByteStats.IsValidUtf8(bytes, cancellationToken);
            HighBytes = ByteStats.CountHighBytes(bytes, cancellationToken);
            if (IsValidUtf8)
            {
                InvalidUtf8 = 0;
                MostlyUtf8 = false;
                return;
            }

            // Decide on the sample first: a legacy-encoded page shows it at once, and counting millions of invalid
            // sequences in a large file would be wasted work. Only UTF-8-looking input is counted in full.
            var sampleHigh = ByteStats.CountHighBytes(Sample, cancellationToken);
            var sampleInvalid = ByteStats.CountInvalidUtf8(Sample, cap: (sampleHigh / 20) + 1);
            if (!ByteStats.MostlyUtf8(sampleInvalid, sampleHigh) || Sample.Length == bytes.Length)
            {
                InvalidUtf8 = sampleInvalid;
                MostlyUtf8 = ByteStats.MostlyUtf8(sampleInvalid, sampleHigh);
                return;
            }

            cancellationToken.ThrowIfCancellationRequested();
            InvalidUtf8 = ByteStats.CountInvalidUtf8(bytes, cap: (HighBytes / 20) + 1);
            MostlyUtf8 = ByteStats.MostlyUtf8(InvalidUtf8, HighBytes);
        }

        /// <summary>All the input.</summary>
        public ReadOnlySpan<byte> Bytes { get; }

        /// <summary>All the input, as memory (for decoding it straight into a string).</summary>
        public ReadOnlyMemory<byte> Input { get; }

        public CancellationToken CancellationToken { get; }

        public ReadOnlySpan<byte> Sample { get; }

        /// <summary>Detection from the sample, run at most once and only when needed.</summary>
        public (Encoding Encoding, string Reason, bool ConfidentCjk) Detection => detection.Value ??= EncodingDetector.Detect(Sample);

        public bool IsValidUtf8 { get; }

        public int HighBytes { get; }

        /// <summary>Invalid UTF-8 sequences, counted only up to the point where the bytes clearly are not UTF-8 (maybe in the sample only).</summary>
        public int InvalidUtf8 { get; }

        /// <summary>Not valid UTF-8, but invalid sequences are rare among the non-ASCII bytes: UTF-8 with some corruption.</summary>
        public bool MostlyUtf8 { get; }
    }
}

/// <summary>Holds a detection result so the <c>Facts</c> ref struct can compute it lazily.</summary>
internal sealed class DetectionCache
{
    public (Encoding Encoding, string Reason, bool ConfidentCjk)? Value { get; set; }
}
