using System.Globalization;
using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;

namespace NewsExtract.Benchmarks.Warc;

/// <summary>
/// Writes WARC 1.1 records, plain or one gzip member per record (as crawlers do), with deterministic record ids. Shared by
/// the tests (the corpus round trip, fixtures for every record shape) and the benchmarks (the generated crawl).
/// </summary>
public sealed class WarcWriter(Stream output, bool gzip)
{
    private int _records;

    /// <summary>Bytes written so far.</summary>
    public long BytesWritten { get; private set; }

    /// <summary>A record id made from a seed: the same inputs give the same file.</summary>
    public static string RecordId(string seed)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(seed));
        return $"<urn:uuid:{new Guid(hash.AsSpan(0, 16))}>";
    }

    /// <summary>Writes one record; returns its id.</summary>
    public string Write(string type, string? targetUri, DateTimeOffset date, string? contentType, ReadOnlySpan<byte> block,
        IEnumerable<KeyValuePair<string, string>>? extraFields = null, string? recordId = null)
    {
        recordId ??= RecordId($"{type} {targetUri} {date:O} {_records}");
        _records++;
        var header = new StringBuilder();
        header.Append("WARC/1.1\r\n");
        header.Append(CultureInfo.InvariantCulture, $"WARC-Type: {type}\r\n");
        header.Append(CultureInfo.InvariantCulture, $"WARC-Record-ID: {recordId}\r\n");
        header.Append(CultureInfo.InvariantCulture, $"WARC-Date: {date.UtcDateTime:yyyy-MM-dd'T'HH:mm:ss'Z'}\r\n");
        if (targetUri is not null)
        {
            header.Append(CultureInfo.InvariantCulture, $"WARC-Target-URI: {targetUri}\r\n");
        }

        foreach (var (name, value) in extraFields ?? [])
        {
            header.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        if (contentType is not null)
        {
            header.Append(CultureInfo.InvariantCulture, $"Content-Type: {contentType}\r\n");
        }

        header.Append(CultureInfo.InvariantCulture, $"Content-Length: {block.Length}\r\n\r\n");
        var headerBytes = Encoding.UTF8.GetBytes(header.ToString());
        if (gzip)
        {
            using var member = new MemoryStream();
            using (var compressor = new GZipStream(member, CompressionLevel.Fastest, leaveOpen: true))
            {
                compressor.Write(headerBytes);
                compressor.Write(block);
                compressor.Write("\r\n\r\n"u8);
            }

            output.Write(member.GetBuffer(), 0, (int)member.Length);
            BytesWritten += member.Length;
        }
        else
        {
            output.Write(headerBytes);
            output.Write(block);
            output.Write("\r\n\r\n"u8);
            BytesWritten += headerBytes.Length + block.Length + 4;
        }

        return recordId;
    }

    /// <summary>An HTTP/1.1 response: status line, headers, blank line, body.</summary>
    public static byte[] HttpResponse(int status, string reason, IEnumerable<(string Name, string Value)> headers, ReadOnlySpan<byte> body)
    {
        var head = new StringBuilder().Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {status} {reason}\r\n");
        foreach (var (name, value) in headers)
        {
            head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
        }

        head.Append("\r\n");
        var bytes = Encoding.ASCII.GetBytes(head.ToString());
        var result = new byte[bytes.Length + body.Length];
        bytes.CopyTo(result, 0);
        body.CopyTo(result.AsSpan(bytes.Length));
        return result;
    }

    /// <summary>An HTTP/1.1 GET request for <paramref name="uri"/>.</summary>
    public static byte[] HttpRequest(Uri uri) =>
        Encoding.ASCII.GetBytes($"GET {uri.PathAndQuery} HTTP/1.1\r\nHost: {uri.Host}\r\nUser-Agent: newsextract-test\r\nAccept-Encoding: gzip, br\r\n\r\n");

    /// <summary>A body in chunked transfer coding, in chunks of <paramref name="size"/> bytes (with an extension on the first).</summary>
    public static byte[] Chunked(ReadOnlySpan<byte> body, int size)
    {
        using var output = new MemoryStream();
        for (var at = 0; at < body.Length; at += size)
        {
            var chunk = body.Slice(at, Math.Min(size, body.Length - at));
            output.Write(Encoding.ASCII.GetBytes(at == 0 ? $"{chunk.Length:x};name=value\r\n" : $"{chunk.Length:X}\r\n"));
            output.Write(chunk);
            output.Write("\r\n"u8);
        }

        output.Write("0\r\n\r\n"u8);
        return output.ToArray();
    }

    /// <summary>A body compressed with a Content-Encoding: gzip, deflate (zlib) or br.</summary>
    public static byte[] Encoded(ReadOnlySpan<byte> body, string coding)
    {
        using var output = new MemoryStream();
        using (Stream compressor = coding switch
        {
            "gzip" => new GZipStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "deflate" => new ZLibStream(output, CompressionLevel.Fastest, leaveOpen: true),
            "br" => new BrotliStream(output, CompressionLevel.Fastest, leaveOpen: true),
            _ => throw new ArgumentException($"unknown coding {coding}", nameof(coding)),
        })
        {
            compressor.Write(body);
        }

        return output.ToArray();
    }
}
