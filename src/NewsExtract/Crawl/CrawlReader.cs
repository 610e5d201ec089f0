using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace NewsExtract.Crawl;

/// <summary>
/// Reads web archives record by record: WARC 1.0/1.1 (<c>.warc</c>; <c>.warc.gz</c> with one gzip member per record or
/// any other split; Common Crawl's <c>.warc.wet.gz</c>) and ARC (v1, plain or gzip), told apart by content. The file is
/// never held whole in memory: the reader keeps a 256 KiB buffer and the one record it is returning.
/// </summary>
/// <remarks>
/// Broken input does not end the reading: a truncated or corrupt record, a corrupt gzip member or bytes between records
/// give a record with <see cref="CrawlRecord.Error"/> set, and reading goes on at the next record (the next gzip member
/// that inflates, the next <c>WARC/</c> line). A stream that is no archive at all gives one error record.
/// </remarks>
public static class CrawlReader
{
    private static readonly byte[] CrLfCrLf = "\r\n\r\n"u8.ToArray();
    private static readonly byte[] LfLf = "\n\n"u8.ToArray();

    /// <summary>Reads the records of a WARC, WET or ARC stream (plain or gzip), in file order.</summary>
    /// <param name="archive">The archive, from its current position; read to its end and left open.</param>
    /// <param name="options">Record size limit; null for <see cref="CrawlOptions.Default"/> with the default extraction limits.</param>
    /// <param name="cancellationToken">Stops the reading between reads.</param>
    public static IAsyncEnumerable<CrawlRecord> ReadAsync(Stream archive, CrawlOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(archive);
        var maxBytes = (options ?? CrawlOptions.Default).MaxRecordBytes ?? ExtractionLimits.Default.MaxInputBytes;
        return ReadCoreAsync(archive, maxBytes, cancellationToken);
    }

    internal static async IAsyncEnumerable<CrawlRecord> ReadCoreAsync(Stream archive, long maxBytes, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var state = await Open(archive, maxBytes, cancellationToken).ConfigureAwait(false);
        while (true)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var record = await state.NextAsync(cancellationToken).ConfigureAwait(false);
            if (record is null)
            {
                yield break;
            }

            yield return record;
        }
    }

    private static async ValueTask<Reader> Open(Stream archive, long maxBytes, CancellationToken cancellationToken)
    {
        var head = new byte[2];
        var got = 0;
        while (got < head.Length)
        {
            var read = await archive.ReadAsync(head.AsMemory(got), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                break;
            }

            got += read;
        }

        if (got == 2 && head[0] == 0x1f && head[1] == 0x8b)
        {
            var gzip = new GzipMemberStream(archive, head);
            return new Reader(new ArchiveByteReader(gzip, []), gzip, maxBytes);
        }

        return new Reader(new ArchiveByteReader(archive, head.AsSpan(0, got)), null, maxBytes);
    }

    /// <summary>The reading state of one archive.</summary>
    private sealed class Reader(ArchiveByteReader bytes, GzipMemberStream? gzip, long maxBytes)
    {
        private enum Format
        {
            Unknown,
            Warc,
            Arc,
        }

        private Format _format;
        private bool _done;

        // Set after a corrupt gzip member was reported: the bytes up to the next record belong to that report.
        private bool _pendingResync;

        private long OffsetOf(long position) => gzip?.MemberOffsetOf(position) ?? position;

        public async ValueTask<CrawlRecord?> NextAsync(CancellationToken cancellationToken)
        {
            if (_done)
            {
                return null;
            }

            var start = bytes.Position;
            try
            {
                return await ReadRecordAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (InvalidDataException e) when (gzip is not null)
            {
                // A corrupt gzip member: report it, go on at the next member that inflates.
                var offset = gzip.MemberOffsetOf(start);
                if (!await gzip.ResyncAsync(cancellationToken).ConfigureAwait(false))
                {
                    _done = true;
                }

                bytes.Discard(gzip.Position);
                _pendingResync = true;
                return Broken(CrawlRecordKind.Other, offset, null, e.Message);
            }
        }

        private async ValueTask<CrawlRecord?> ReadRecordAsync(CancellationToken cancellationToken)
        {
            if (!await SkipBlankAsync(cancellationToken).ConfigureAwait(false))
            {
                _done = true;
                return null;
            }

            if (_format == Format.Unknown)
            {
                _format = StartsWith(bytes.Buffered, "WARC/"u8) ? Format.Warc
                    : StartsWith(bytes.Buffered, "filedesc://"u8) ? Format.Arc
                    : Format.Unknown;
                if (_format == Format.Unknown)
                {
                    _done = true;
                    return Broken(CrawlRecordKind.Other, OffsetOf(bytes.Position), null, "not a WARC or ARC file (it starts with neither 'WARC/' nor 'filedesc://')");
                }
            }

            return _format == Format.Warc
                ? await ReadWarcAsync(cancellationToken).ConfigureAwait(false)
                : await ReadArcAsync(cancellationToken).ConfigureAwait(false);
        }

        /// <summary>Skips the blank lines between records; false at the end of the stream.</summary>
        private async ValueTask<bool> SkipBlankAsync(CancellationToken cancellationToken)
        {
            while (true)
            {
                var span = bytes.Buffered;
                var blank = span.IndexOfAnyExcept((byte)'\r', (byte)'\n');
                if (blank >= 0)
                {
                    bytes.Advance(blank);
                    // Enough to recognise a record start.
                    if (bytes.Buffered.Length < 16)
                    {
                        await bytes.FillAsync(cancellationToken).ConfigureAwait(false);
                    }

                    return true;
                }

                bytes.Advance(span.Length);
                if (!await bytes.FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return !bytes.AtEnd;
                }
            }
        }

        private async ValueTask<CrawlRecord?> ReadWarcAsync(CancellationToken cancellationToken)
        {
            var start = bytes.Position;
            if (!StartsWith(bytes.Buffered, "WARC/"u8))
            {
                // Bytes that are no record: skip to the next line that starts one, and say so once.
                var skipped = await SkipToAsync(static line => StartsWith(line, "WARC/"u8), cancellationToken).ConfigureAwait(false);
                var resynced = _pendingResync;
                _pendingResync = false;
                if (resynced)
                {
                    // The corrupt member was already reported; what follows it up to the next record is part of that.
                    return bytes.AtEnd ? null : await ReadWarcAsync(cancellationToken).ConfigureAwait(false);
                }

                return Broken(CrawlRecordKind.Other, OffsetOf(start), null, $"{skipped:N0} bytes that are no WARC record skipped at offset {OffsetOf(start)}");
            }

            _pendingResync = false;
            var end = await bytes.FindAsync(CrLfCrLf, LfLf, cancellationToken).ConfigureAwait(false);
            if (end < 0)
            {
                var atEnd = bytes.AtEnd || bytes.Buffered.Length < ArchiveByteReader.MaxBuffered;
                var message = atEnd ? "truncated WARC header: the file ends inside it" : "WARC header larger than 256 KiB";
                bytes.Advance(Math.Min(5, bytes.Buffered.Length));
                return Broken(CrawlRecordKind.Other, OffsetOf(start), null, message);
            }

            var header = WarcHeader.Parse(bytes.Buffered[..end]);
            bytes.Advance(end);
            var offset = OffsetOf(start);
            var kind = KindOf(header.Type);
            if (header.ContentLength is not { } length)
            {
                return Broken(kind, offset, header, "the WARC header has no valid Content-Length");
            }

            var (mediaType, charset) = HttpPayload.ParseContentType(header.ContentType);
            var wantsBlock = kind switch
            {
                CrawlRecordKind.Response => mediaType is null || mediaType.StartsWith("application/http", StringComparison.Ordinal),
                CrawlRecordKind.Resource => HttpPayload.IsHtml(mediaType),
                CrawlRecordKind.Conversion => mediaType is null or "text/plain",
                _ => false,
            };
            if (!wantsBlock || length > maxBytes)
            {
                var skipped = await bytes.SkipAsync(length, cancellationToken).ConfigureAwait(false);
                if (skipped < length)
                {
                    return Broken(kind, offset, header, $"truncated record: {skipped:N0} of {length:N0} bytes");
                }

                if (length > maxBytes && wantsBlock)
                {
                    return Broken(kind, offset, header, $"record of {length:N0} bytes exceeds the limit of {maxBytes:N0}");
                }

                var reason = kind is CrawlRecordKind.Response or CrawlRecordKind.Resource or CrawlRecordKind.Conversion
                    ? CrawlSkipReason.ContentType
                    : CrawlSkipReason.RecordType;
                return Made(kind, offset, header, length) with { SkipReason = reason, ContentType = mediaType };
            }

            var block = new byte[length];
            var got = await bytes.ReadAsync(block, cancellationToken).ConfigureAwait(false);
            if (got < length)
            {
                return Broken(kind, offset, header, $"truncated record: {got:N0} of {length:N0} bytes");
            }

            return kind switch
            {
                CrawlRecordKind.Response => FromHttp(kind, offset, header, block),
                CrawlRecordKind.Conversion => Payload(Made(kind, offset, header, length) with { ContentType = mediaType ?? "text/plain", Charset = charset ?? "utf-8" }, block, isText: true),
                _ => Payload(Made(kind, offset, header, length) with { ContentType = mediaType, Charset = charset }, block, isText: false),
            };
        }

        private CrawlRecord FromHttp(CrawlRecordKind kind, long offset, WarcHeader? header, ReadOnlyMemory<byte> block)
        {
            var http = HttpPayload.Read(block, maxBytes, HttpPayload.IsHtml);
            var record = Made(kind, offset, header, block.Length) with { HttpStatus = http.Status, ContentType = http.MediaType, Charset = http.Charset };
            if (http.Error is not null)
            {
                return record with { Error = http.Error };
            }

            if (http.Status != 200)
            {
                return record with { SkipReason = CrawlSkipReason.HttpStatus };
            }

            return HttpPayload.IsHtml(http.MediaType)
                ? Payload(record, http.Body, isText: false)
                : record with { SkipReason = CrawlSkipReason.ContentType };
        }

        private static CrawlRecord Payload(CrawlRecord record, ReadOnlyMemory<byte> payload, bool isText) =>
            payload.Span.Trim("\r\n\t "u8).IsEmpty
                ? record with { SkipReason = CrawlSkipReason.EmptyPayload }
                : record with { Payload = payload, IsText = isText };

        private async ValueTask<CrawlRecord?> ReadArcAsync(CancellationToken cancellationToken)
        {
            var start = bytes.Position;
            var lineEnd = await LineEndAsync(cancellationToken).ConfigureAwait(false);
            if (lineEnd < 0)
            {
                bytes.Advance(bytes.Buffered.Length);
                return Broken(CrawlRecordKind.Other, OffsetOf(start), null, "ARC header line longer than 256 KiB");
            }

            var line = Encoding.Latin1.GetString(bytes.Buffered[..lineEnd]).TrimEnd('\r', '\n');
            bytes.Advance(lineEnd);
            var offset = OffsetOf(start);
            var arc = ArcHeader.Parse(line);
            if (arc is null)
            {
                var skipped = await SkipToAsync(LooksLikeArcHeader, cancellationToken).ConfigureAwait(false);
                return Broken(CrawlRecordKind.Other, offset, null, $"unreadable ARC header line '{HttpPayload.Safe(line)}' ({lineEnd + skipped:N0} bytes skipped)");
            }

            var kind = arc.Url.StartsWith("filedesc:", StringComparison.OrdinalIgnoreCase) ? CrawlRecordKind.Warcinfo : CrawlRecordKind.Response;
            var header = new WarcHeader { TargetUri = arc.Url, Date = arc.Date, ContentLength = arc.Length };
            if (arc.Length is not { } length)
            {
                // Without a length the record's end is unknown: go on at the next line that is an ARC header.
                await SkipToAsync(LooksLikeArcHeader, cancellationToken).ConfigureAwait(false);
                return Broken(kind, offset, header, $"the ARC header has no valid length ('{HttpPayload.Safe(line)}')");
            }

            var http = arc.Url.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || arc.Url.StartsWith("https:", StringComparison.OrdinalIgnoreCase);
            if (kind != CrawlRecordKind.Response || !http || !HttpPayload.IsHtml(arc.MediaType) || length > maxBytes)
            {
                var skipped = await bytes.SkipAsync(length, cancellationToken).ConfigureAwait(false);
                if (skipped < length)
                {
                    return Broken(kind, offset, header, $"truncated record: {skipped:N0} of {length:N0} bytes");
                }

                return length > maxBytes && kind == CrawlRecordKind.Response
                    ? Broken(kind, offset, header, $"record of {length:N0} bytes exceeds the limit of {maxBytes:N0}")
                    : Made(kind, offset, header, length) with
                    {
                        SkipReason = kind == CrawlRecordKind.Response ? CrawlSkipReason.ContentType : CrawlSkipReason.RecordType,
                        ContentType = arc.MediaType,
                    };
            }

            var block = new byte[length];
            var got = await bytes.ReadAsync(block, cancellationToken).ConfigureAwait(false);
            return got < length
                ? Broken(kind, offset, header, $"truncated record: {got:N0} of {length:N0} bytes")
                : FromHttp(kind, offset, header, block);
        }

        /// <summary>The index just past the next line feed in the buffer (reading more as needed); the rest at the end.</summary>
        private async ValueTask<int> LineEndAsync(CancellationToken cancellationToken)
        {
            var searched = 0;
            while (true)
            {
                var at = bytes.Buffered[searched..].IndexOf((byte)'\n');
                if (at >= 0)
                {
                    return searched + at + 1;
                }

                searched = bytes.Buffered.Length;
                if (!await bytes.FillAsync(cancellationToken).ConfigureAwait(false))
                {
                    return bytes.AtEnd || bytes.Buffered.Length < ArchiveByteReader.MaxBuffered ? bytes.Buffered.Length : -1;
                }
            }
        }

        /// <summary>Skips whole lines until one for which <paramref name="starts"/> holds (or the end); returns the bytes skipped.</summary>
        private async ValueTask<long> SkipToAsync(LineTest starts, CancellationToken cancellationToken)
        {
            long skipped = 0;
            while (true)
            {
                var end = await LineEndAsync(cancellationToken).ConfigureAwait(false);
                if (end <= 0)
                {
                    var rest = bytes.Buffered.Length;
                    bytes.Advance(rest);
                    return skipped + rest;
                }

                bytes.Advance(end);
                skipped += end;
                if (bytes.Buffered.Length < 16)
                {
                    await bytes.FillAsync(cancellationToken).ConfigureAwait(false);
                }

                if (bytes.AtEnd || starts(bytes.Buffered))
                {
                    return skipped;
                }
            }
        }

        private static CrawlRecord Made(CrawlRecordKind kind, long offset, WarcHeader? header, long length) => new(kind, offset)
        {
            RecordId = header?.RecordId,
            Url = header?.TargetUri,
            WarcDate = header?.Date,
            Length = length,
        };

        private static CrawlRecord Broken(CrawlRecordKind kind, long offset, WarcHeader? header, string error) =>
            Made(kind, offset, header, 0) with { Error = error };
    }

    private delegate bool LineTest(ReadOnlySpan<byte> line);

    private static bool LooksLikeArcHeader(ReadOnlySpan<byte> text)
    {
        var end = text.IndexOf((byte)'\n');
        var line = end >= 0 ? text[..end] : text;
        return line.Length < 4096 && ArcHeader.Parse(Encoding.Latin1.GetString(line).TrimEnd('\r')) is not null;
    }

    private static bool StartsWith(ReadOnlySpan<byte> span, ReadOnlySpan<byte> prefix) => span.StartsWith(prefix);

    internal static CrawlRecordKind KindOf(string? type) => type?.Trim().ToLowerInvariant() switch
    {
        "warcinfo" => CrawlRecordKind.Warcinfo,
        "response" => CrawlRecordKind.Response,
        "resource" => CrawlRecordKind.Resource,
        "request" => CrawlRecordKind.Request,
        "metadata" => CrawlRecordKind.Metadata,
        "revisit" => CrawlRecordKind.Revisit,
        "conversion" => CrawlRecordKind.Conversion,
        "continuation" => CrawlRecordKind.Continuation,
        _ => CrawlRecordKind.Other,
    };

    /// <summary>WARC-Date: ISO 8601 in UTC, to the second or finer (WARC 1.1), or coarser (a day, a month, a year).</summary>
    internal static DateTimeOffset? ParseDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        string[] formats = ["yyyy-MM-dd'T'HH:mm:ss'Z'", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFF'Z'", "yyyy-MM-dd'T'HH:mm'Z'", "yyyy-MM-dd", "yyyy-MM", "yyyy", "yyyyMMddHHmmss"];
        return DateTimeOffset.TryParseExact(value.Trim(), formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var date)
            ? date
            : null;
    }

    /// <summary>A WARC-Target-URI as meant: angle brackets (a WARC 1.0 draft's form that wget writes) and outer spaces removed.</summary>
    internal static string? CleanUri(string? value)
    {
        if (value is null)
        {
            return null;
        }

        var uri = value.Trim();
        if (uri.Length >= 2 && uri[0] == '<' && uri[^1] == '>')
        {
            uri = uri[1..^1].Trim();
        }

        return uri.Length == 0 ? null : uri;
    }
}
