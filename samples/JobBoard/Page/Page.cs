using System.IO;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JobBoard.Page;

/// <summary>
/// The candidate's card page: three files carried in the assembly (no static-file folder to find at run time) and
/// served with a content security policy that allows nothing from outside the sample.
/// </summary>
internal static class Page
{
    private const string Policy = "default-src 'self'; img-src 'self' blob:; style-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    public static void Map(IEndpointRouteBuilder app)
    {
        Serve(app, "/", "index.html", "text/html; charset=utf-8");
        Serve(app, "/card.css", "card.css", "text/css; charset=utf-8");
        Serve(app, "/card.js", "card.js", "text/javascript; charset=utf-8");
        Serve(app, "/favicon.svg", "favicon.svg", "image/svg+xml");
    }

    private static void Serve(IEndpointRouteBuilder app, string path, string file, string contentType)
    {
        var bytes = Read(file);
        // HEAD too, for uptime checkers: Kestrel sends the headers of GET without the body.
        app.MapMethods(path, [HttpMethods.Get, HttpMethods.Head], (HttpResponse response) =>
        {
            response.Headers.ContentSecurityPolicy = Policy;
            response.Headers.XContentTypeOptions = "nosniff";
            return Results.Bytes(bytes, contentType);
        }).ExcludeFromDescription();
    }

    private static byte[] Read(string file)
    {
        using var stream = typeof(Page).Assembly.GetManifestResourceStream("JobBoard.Page." + file)
            ?? throw new FileNotFoundException($"The page file {file} is not embedded in the sample.", file);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }
}
