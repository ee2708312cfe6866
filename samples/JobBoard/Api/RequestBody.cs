using System;
using System.Threading;
using System.Threading.Tasks;
using InterviewRules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Net.Http.Headers;

namespace JobBoard.Api;

/// <summary>
/// Reads a JSON request body the way the library reads a file: only <c>application/json</c> (UTF-8), and never more
/// than <see cref="InterviewJson.MaxDocumentBytes"/> held in memory, whether the client sent a length or chunks.
/// </summary>
internal static partial class RequestBody
{
    // What the library accepts, plus room for a UTF-8 byte-order mark and the one byte that proves the body too long.
    private static readonly int Limit = InterviewJson.MaxDocumentBytes + 3;

    /// <summary>Reads the body, or gives the problem to answer with (415, 413; 408 for a body that arrives too slowly, 400 for broken chunks).</summary>
    public static async Task<(byte[]? Body, IResult? Problem)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!IsJson(request.ContentType))
        {
            return (null, Problems.UnsupportedMediaType(request.ContentType));
        }

        if (request.ContentLength > Limit)
        {
            return (null, Problems.TooLarge(request.ContentLength.Value));
        }

        // Kestrel's own limit is set just above the library's, so a client that lies about the length is cut off too.
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = Limit + 1;
        }

        // The buffer grows with what arrives (a scenario is a few hundred bytes), up to one byte past the limit.
        var buffer = new byte[(int)Math.Min(request.ContentLength ?? 4096, Limit + 1)];
        var total = 0;
        try
        {
            while (true)
            {
                if (total == buffer.Length)
                {
                    if (buffer.Length > Limit)
                    {
                        break;
                    }

                    Array.Resize(ref buffer, (int)Math.Min(Math.Max(buffer.Length * 2L, 4096), Limit + 1));
                }

                var read = await request.Body.ReadAsync(buffer.AsMemory(total), cancellationToken);
                if (read == 0)
                {
                    break;
                }

                total += read;
            }
        }
        catch (BadHttpRequestException ex) when (ex.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return (null, Problems.TooLarge(request.ContentLength));
        }
        catch (BadHttpRequestException ex)
        {
            // Kestrel gave up on the body (too slow, or not valid HTTP/1.1 framing): the client's fault, so a problem
            // document and one line in the log, not the exception handler's 500 and stack trace.
            var problem = ex.StatusCode == StatusCodes.Status408RequestTimeout
                ? Problems.BodyTooSlow(request.HttpContext.Features.Get<IHttpMinRequestBodyDataRateFeature>()?.MinDataRate)
                : Problems.MalformedBody(ex.StatusCode, ex.Message);
            var logger = request.HttpContext.RequestServices.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(RequestBody).FullName!);
            if (logger.IsEnabled(LogLevel.Information))
            {
                // Escaped and cut: a path can hold a decoded line break, and any length.
                var path = InputError.Echo(request.Path.ToUriComponent());
                BodyRefused(logger, request.Method, path, ex.StatusCode, ex.Message);
            }

            return (null, problem);
        }

        var bom = total >= 3 && buffer[0] == 0xEF && buffer[1] == 0xBB && buffer[2] == 0xBF ? 3 : 0;
        if (total - bom > InterviewJson.MaxDocumentBytes)
        {
            return (null, Problems.TooLarge(request.ContentLength));
        }

        return (total == buffer.Length ? buffer : buffer[..total], null);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Method} {Path}: answered {Status}, the request body could not be read: {Reason}")]
    private static partial void BodyRefused(ILogger logger, string method, string path, int status, string reason);

    /// <summary><c>application/json</c>, in any case, with no parameter but a UTF-8 charset.</summary>
    private static bool IsJson(string? contentType)
    {
        if (!MediaTypeHeaderValue.TryParse(contentType, out var media) || !media.MediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        foreach (var parameter in media.Parameters)
        {
            if (!parameter.Name.Equals("charset", StringComparison.OrdinalIgnoreCase)
                || !(parameter.Value.Equals("utf-8", StringComparison.OrdinalIgnoreCase) || parameter.Value.Equals("\"utf-8\"", StringComparison.OrdinalIgnoreCase)))
            {
                return false;
            }
        }

        return true;
    }
}
