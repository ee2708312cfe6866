using System;
using System.Threading.Tasks;
using InterviewRules;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;

namespace JobBoard.Api;

/// <summary>
/// Refuses a request target with a dot segment. Kestrel decodes <c>%2e%2e</c> and resolves <c>..</c> before routing,
/// so <c>/api/tenants/%2e%2e/rules</c> would reach <c>/api/rules</c>: a tenant's URL would answer with the default
/// policy. The path is matched as the client sent it instead, and such a path names nothing (404).
/// </summary>
internal static class RequestTarget
{
    public static Task RefuseDotSegments(HttpContext context, Func<Task> next)
    {
        var target = context.Features.Get<IHttpRequestFeature>()?.RawTarget;
        if (target is null || !HasDotSegment(target))
        {
            return next();
        }

        var query = target.IndexOf('?', StringComparison.Ordinal);
        return Problems.DotSegment(InputError.Echo(query < 0 ? target : target[..query])).ExecuteAsync(context);
    }

    private static bool HasDotSegment(string target)
    {
        var query = target.IndexOf('?', StringComparison.Ordinal);
        var path = query < 0 ? target.AsSpan() : target.AsSpan(0, query);
        foreach (var range in path.Split('/'))
        {
            // "." and "..", or their escapes ("%2e", "%2E%2e", ".%2e"): at most six characters.
            var segment = path[range];
            if (segment.Length is >= 1 and <= 6 && Uri.UnescapeDataString(segment.ToString()) is "." or "..")
            {
                return true;
            }
        }

        return false;
    }
}
