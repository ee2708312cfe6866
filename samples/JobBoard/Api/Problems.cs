using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using InterviewRules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace JobBoard.Api;

/// <summary>The RFC 9457 problem documents the API answers with; every one names the culprit, the value and what is allowed.</summary>
internal static class Problems
{
    /// <summary>400: the library's sentences, keyed by JSON path (or by query parameter name).</summary>
    public static IResult BadInput(IReadOnlyList<InputError> errors, string what)
    {
        var byPath = errors
            .GroupBy(e => e.Path, System.StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray(), System.StringComparer.Ordinal);
        return Results.ValidationProblem(
            byPath,
            title: $"The {what} breaks the contract.",
            detail: Count(errors),
            type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1");
    }

    // A long list's last error stands for the problems not listed one by one: the detail counts them all.
    private static string Count(IReadOnlyList<InputError> errors)
    {
        var total = errors.Sum(e => e.ProblemCount);
        return total == 1 ? "1 problem; see errors, keyed by JSON path."
            : total == errors.Count ? $"{total} problems; see errors, keyed by JSON path."
            : $"{total} problems; errors, keyed by JSON path, lists the first {errors.Count - 1} and counts the rest.";
    }

    /// <summary>400 for a query parameter.</summary>
    public static IResult BadQuery(string name, string value, string allowed) => BadInput([QueryProblem(name, value, allowed)], "request");

    /// <summary>One bad query parameter, keyed by its name, for a problem that lists every bad one.</summary>
    public static InputError QueryProblem(string name, string value, string allowed) =>
        new(name, $"The query parameter {name} is \"{value}\"; it must be {allowed}.");

    public static IResult TooLarge(long? length) => Results.Problem(
        statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "The body is too large.",
        detail: length is { } bytes
            ? $"The body is {bytes} bytes long; a document may be at most {InterviewJson.MaxDocumentBytes} bytes."
            : $"The body is more than {InterviewJson.MaxDocumentBytes} bytes long; a document may be at most {InterviewJson.MaxDocumentBytes} bytes.",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14");

    public static IResult BodyTooSlow(MinDataRate? rate) => Results.Problem(
        statusCode: StatusCodes.Status408RequestTimeout,
        title: "The body arrived too slowly.",
        detail: rate is null
            ? "The request body arrived too slowly, so the server stopped waiting for it; send the whole body without pauses."
            : $"The request body arrived at less than {rate.BytesPerSecond.ToString(CultureInfo.InvariantCulture)} bytes per second after the first {rate.GracePeriod.TotalSeconds.ToString(CultureInfo.InvariantCulture)} seconds, so the server stopped waiting for it; send the whole body without pauses.",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.9");

    /// <summary>A body Kestrel could not read as HTTP/1.1 framing (a bad chunk, a body cut short); <paramref name="reason"/> is Kestrel's own sentence.</summary>
    public static IResult MalformedBody(int status, string reason) => Results.Problem(
        statusCode: status,
        title: "The body is not well-formed HTTP.",
        detail: $"The request body could not be read: {InputError.Echo(reason)} Send it with a Content-Length, or as well-formed chunks (RFC 9112, section 7.1).",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.1");

    public static IResult DotSegment(string target) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "There is no such resource.",
        detail: $"The path \"{target}\" has a dot segment (. or .., perhaps percent-encoded); paths are matched as sent, never resolved, so it names nothing here.",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    public static IResult UnsupportedMediaType(string? contentType) => Results.Problem(
        statusCode: StatusCodes.Status415UnsupportedMediaType,
        title: "The body must be JSON.",
        detail: string.IsNullOrEmpty(contentType)
            ? "The request has no Content-Type; send the body as application/json (charset=utf-8 is allowed)."
            : $"The Content-Type is \"{InputError.Echo(contentType)}\"; send the body as application/json (charset=utf-8 is allowed).",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.16");

    public static IResult UnknownTenant(string tenant, IEnumerable<string> known) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "There is no such tenant.",
        detail: $"The tenant \"{tenant}\" is not configured; the tenants are {string.Join(", ", known.Select(k => $"\"{k}\""))}.",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");

    public static IResult UnknownSchema(string name) => Results.Problem(
        statusCode: StatusCodes.Status404NotFound,
        title: "There is no such schema.",
        detail: $"There is no schema \"{name}\"; the schemas are {string.Join(", ", InterviewJson.SchemaNames)}.",
        type: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.5");
}
