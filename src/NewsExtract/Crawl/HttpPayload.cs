using System.Globalization;
using System.IO.Compression;
using System.Text;

namespace NewsExtract.Crawl;

/// <summary>The parts of an HTTP response a crawl record needs: status, media type, charset and the decoded body.</summary>
internal readonly record struct HttpResponse(int? Status, string? MediaType, string? Charset, ReadOnlyMemory<byte> Body, string? Error);

/// <summary>Reads HTTP responses captured in archive records, and decides what a payload is.</summary>
internal static class HttpPayload
{
    private static readonly byte[] CrLfCrLf = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LfLf = "\n\n"u8.ToArray();

    /// <summary>
    /// Splits a captured response into status, headers and body; de-chunks and decompresses the body (at most
    /// <paramref name="maxBytes"/> decoded) when the status and media type make it a page candidate.
    /// </summary>
    public static HttpResponse Read(ReadOnlyMemory<byte> block, long maxBytes, Func<string?, bool> wanted)
    {
        var span = block.Span;
        var (end, terminator) = HeaderEnd(span);
        if (end < 0)
        {
            return new HttpResponse(null, null, null, default, "the HTTP header does not end (truncated response)");
        }

        var header = Encoding.Latin1.GetString(span[..end]);
        var lines = header.Split('\n');
        var statusLine = lines[0].TrimEnd('\r');
        if (!statusLine.StartsWith("HTTP/", StringComparison.OrdinalIgnoreCase))
        {
            return new HttpResponse(null, null, null, default, "no HTTP status line");
        }

        int? status = null;
        var parts = statusLine.Split(' ', 3, StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length >= 2 && int.TryParse(parts[1], NumberStyles.None, CultureInfo.InvariantCulture, out var code))
        {
            status = code;
        }

        string? contentType = null, transferEncoding = null, contentEncoding = null;
        foreach (var raw in lines.AsSpan(1))
        {
            var line = raw.TrimEnd('\r');
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }

            var name = line.AsSpan(0, colon).Trim();
            var value = line[(colon + 1)..].Trim();
            if (name.Equals("Content-Type", StringComparison.OrdinalIgnoreCase))
            {
                contentType ??= value;
            }
            else if (name.Equals("Transfer-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                transferEncoding = value;
            }
            else if (name.Equals("Content-Encoding", StringComparison.OrdinalIgnoreCase))
            {
                contentEncoding = value;
            }
        }

        var (mediaType, charset) = ParseContentType(contentType);
        if (status is null)
        {
            return new HttpResponse(null, mediaType, charset, default, $"unreadable HTTP status line '{Safe(statusLine)}'");
        }

        if (status != 200 || !wanted(mediaType))
        {
            return new HttpResponse(status, mediaType, charset, default, null);
        }

        var body = block[(end + terminator)..];
        if (transferEncoding is not null && transferEncoding.Contains("chunked", StringComparison.OrdinalIgnoreCase)
            && Dechunk(body.Span, maxBytes) is { } dechunked)
        {
            body = dechunked;
        }

        if (contentEncoding is not null && !string.IsNullOrWhiteSpace(contentEncoding))
        {
            var decoded = Decompress(body, contentEncoding.Trim().ToLowerInvariant(), maxBytes, out var error);
            if (error is not null)
            {
                return new HttpResponse(status, mediaType, charset, default, error);
            }

            body = decoded;
        }

        return new HttpResponse(status, mediaType, charset, body, null);
    }

    /// <summary>The media type (lower case) and charset of a Content-Type value.</summary>
    public static (string? MediaType, string? Charset) ParseContentType(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null);
        }

        var parts = value.Split(';');
        var media = parts[0].Trim().ToLowerInvariant();
        string? charset = null;
        foreach (var part in parts.AsSpan(1))
        {
            var eq = part.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && part.AsSpan(0, eq).Trim().Equals("charset", StringComparison.OrdinalIgnoreCase))
            {
                charset = part[(eq + 1)..].Trim().Trim('"', '\'').Trim();
                if (charset.Length == 0 || charset.Length > 40)
                {
                    charset = null;
                }
            }
        }

        return (media.Length == 0 ? null : media, charset);
    }

    /// <summary>HTML media types, and an absent one (then the content decides).</summary>
    public static bool IsHtml(string? mediaType) =>
        mediaType is null or "text/html" or "application/xhtml+xml" or "application/xhtml" or "text/xhtml" or "unk" or "unknown/unknown";

    private static (int End, int Terminator) HeaderEnd(ReadOnlySpan<byte> span)
    {
        var a = span.IndexOf(CrLfCrLf);
        var b = span.IndexOf(LfLf);
        if (a >= 0 && (b < 0 || a <= b))
        {
            return (a, 4);
        }

        return b >= 0 ? (b, 2) : (-1, 0);
    }

    /// <summary>Undoes chunked transfer coding; null when the body is not validly chunked (then it is taken as it is, as
    /// browsers and other archive readers do with a wrong header).</summary>
    internal static byte[]? Dechunk(ReadOnlySpan<byte> body, long maxBytes)
    {
        using var output = new MemoryStream();
        var at = 0;
        while (true)
        {
            var lineEnd = body[at..].IndexOf((byte)'\n');
            if (lineEnd < 0)
            {
                // No final zero-size chunk: a truncated capture; keep what was whole.
                return output.Length > 0 ? output.ToArray() : null;
            }

            var sizeText = body.Slice(at, lineEnd).TrimEnd((byte)'\r');
            var semicolon = sizeText.IndexOf((byte)';');
            if (semicolon >= 0)
            {
                sizeText = sizeText[..semicolon];
            }

            sizeText = sizeText.Trim((byte)' ');
            if (sizeText.IsEmpty || sizeText.Length > 15 || !long.TryParse(sizeText, NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var size))
            {
                return null;
            }

            at += lineEnd + 1;
            if (size == 0)
            {
                return output.ToArray();
            }

            if (size > body.Length - at)
            {
                // The last chunk is cut short: keep its bytes.
                output.Write(body[at..]);
                return output.ToArray();
            }

            if (output.Length + size > maxBytes)
            {
                return null;
            }

            output.Write(body.Slice(at, (int)size));
            at += (int)size;
            if (at < body.Length && body[at] == '\r')
            {
                at++;
            }

            if (at < body.Length && body[at] == '\n')
            {
                at++;
            }
        }
    }

    /// <summary>Decodes a Content-Encoding (gzip, deflate, br; identity as is), at most <paramref name="maxBytes"/> out.</summary>
    internal static ReadOnlyMemory<byte> Decompress(ReadOnlyMemory<byte> body, string encoding, long maxBytes, out string? error)
    {
        error = null;
        var codings = encoding.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var current = body;
        // Codings are listed in the order they were applied: undo them last first.
        for (var i = codings.Length - 1; i >= 0; i--)
        {
            var coding = codings[i];
            if (coding is "identity" or "none" or "utf-8" or "text")
            {
                continue;
            }

            try
            {
                current = coding switch
                {
                    "gzip" or "x-gzip" => Inflate(current, m => new GZipStream(m, CompressionMode.Decompress), maxBytes),
                    "deflate" => InflateDeflate(current, maxBytes),
                    "br" => Inflate(current, m => new BrotliStream(m, CompressionMode.Decompress), maxBytes),
                    _ => throw new NotSupportedException($"unsupported Content-Encoding '{Safe(coding)}'"),
                };
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException or IOException)
            {
                error = e is NotSupportedException ? e.Message : $"the {Safe(coding)} body does not decode: {e.Message}";
                return default;
            }
        }

        return current;
    }

    // Servers send "deflate" as zlib (RFC 1950) or as raw deflate: try the first, then the second.
    private static ReadOnlyMemory<byte> InflateDeflate(ReadOnlyMemory<byte> body, long maxBytes)
    {
        var span = body.Span;
        var zlib = span.Length >= 2 && (span[0] & 0x0f) == 8 && ((span[0] << 8) | span[1]) % 31 == 0;
        return zlib
            ? Inflate(body, m => new ZLibStream(m, CompressionMode.Decompress), maxBytes)
            : Inflate(body, m => new DeflateStream(m, CompressionMode.Decompress), maxBytes);
    }

    private static ReadOnlyMemory<byte> Inflate(ReadOnlyMemory<byte> body, Func<Stream, Stream> open, long maxBytes)
    {
        var input = System.Runtime.InteropServices.MemoryMarshal.TryGetArray(body, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(body.ToArray(), writable: false);
        using var decoder = open(input);
        using var output = new MemoryStream(Math.Max(256, body.Length * 4));
        var chunk = new byte[81920];
        int read;
        while ((read = decoder.Read(chunk)) > 0)
        {
            if (output.Length + read > maxBytes)
            {
                throw new InvalidDataException($"it decodes to more than {maxBytes:N0} bytes");
            }

            output.Write(chunk, 0, read);
        }

        return output.GetBuffer().AsMemory(0, (int)output.Length);
    }

    /// <summary>Text from an archive made safe to show: printable ASCII only, at most 80 characters.</summary>
    internal static string Safe(string text)
    {
        var builder = new StringBuilder(Math.Min(text.Length, 80));
        foreach (var c in text)
        {
            if (builder.Length == 80)
            {
                builder.Append('…');
                break;
            }

            builder.Append(c is >= ' ' and < (char)0x7f ? c : '?');
        }

        return builder.ToString();
    }
}
