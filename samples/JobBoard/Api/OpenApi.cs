using System;
using System.Collections.Generic;
using System.Text.Json.Nodes;
using System.Threading;
using System.Threading.Tasks;
using System.Linq;
using InterviewRules;
using InterviewRules.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.OpenApi;

namespace JobBoard.Api;

/// <summary>
/// Serves <c>/openapi/v1.json</c>: the document Microsoft.AspNetCore.OpenApi generates from the endpoints (paths,
/// parameters, operation ids), with the bodies pointed at the library's own contract schemas, which go into
/// <c>components.schemas</c> unchanged (each keeps its <c>$id</c>, so its inner <c>#/$defs/…</c> references resolve
/// inside it, as OpenAPI 3.1's JSON Schema 2020-12 says).
/// </summary>
internal static class OpenApi
{
    private const string Json = "application/json";
    private const string Problem = "application/problem+json";

    // operation id → (request body schema, 200 response schema, the media type of the 200).
    private static readonly Dictionary<string, (JsonNode? Request, JsonNode? Response, string MediaType)> Bodies = new(StringComparer.Ordinal)
    {
        ["Recommend"] = (Ref("scenario"), Ref("recommendation"), Json),
        ["RecommendForTenant"] = (Ref("scenario"), Ref("recommendation"), Json),
        ["RankInbox"] = (ArrayOf("scenario"), Ref("ranking"), Json),
        ["RankInboxForTenant"] = (ArrayOf("scenario"), Ref("ranking"), Json),
        ["GetSchema"] = (null, new JsonObject { ["type"] = "object" }, "application/schema+json"),
    };

    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/openapi/v1.json", ServeAsync).ExcludeFromDescription();

    private static async Task<IResult> ServeAsync(HttpContext context, CancellationToken ct)
    {
        var provider = context.RequestServices.GetRequiredKeyedService<IOpenApiDocumentProvider>("v1");
        var document = await provider.GetOpenApiDocumentAsync(ct);
        var root = JsonNode.Parse(await document.SerializeAsJsonAsync(OpenApiSpecVersion.OpenApi3_1, ct))!.AsObject();
        var components = (root["components"] ??= new JsonObject()).AsObject();
        var schemas = (components["schemas"] ??= new JsonObject()).AsObject();
        foreach (var name in InterviewJson.SchemaNames)
        {
            schemas[name] = JsonNode.Parse(InterviewJson.Schema(name));
        }

        schemas["problem"] = ProblemSchema();
        foreach (var path in root["paths"]!.AsObject())
        {
            foreach (var operation in path.Value!.AsObject())
            {
                Describe(operation.Value!.AsObject(), path.Key.Contains("{tenant}", StringComparison.Ordinal));
            }
        }

        return Results.Text(root.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true }), "application/json; charset=utf-8");
    }

    private static void Describe(JsonObject operation, bool tenant)
    {
        // The query is read as text so a bad value gets a problem naming it; the document still says what is allowed.
        foreach (var parameter in operation["parameters"]?.AsArray() ?? [])
        {
            string[]? allowed = parameter?["name"]?.GetValue<string>() switch
            {
                "language" => [.. InterviewRules.Localization.Languages.Shipped],
                "counterfactuals" => ["true", "false"],
                "format" => [.. Renderers.Names],
                _ => null,
            };
            if (allowed is not null)
            {
                parameter!["schema"] = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray([.. allowed.Select(a => (JsonNode)a)]) };
            }
        }

        var responses = (operation["responses"] ??= new JsonObject()).AsObject();
        if (operation["operationId"]?.GetValue<string>() is { } id && Bodies.TryGetValue(id, out var bodies))
        {
            if (bodies.Request is { } request)
            {
                operation["requestBody"] = new JsonObject
                {
                    ["required"] = true,
                    ["content"] = new JsonObject { [Json] = new JsonObject { ["schema"] = request.DeepClone() } },
                };
                responses["400"] = ProblemResponse("The body breaks the contract (errors keyed by JSON path), or a query parameter is not allowed.");
                responses["413"] = ProblemResponse($"The body is more than {InterviewJson.MaxDocumentBytes} bytes long.");
                responses["415"] = ProblemResponse("The Content-Type is not application/json.");
            }

            responses["200"] = new JsonObject
            {
                ["description"] = "OK",
                ["content"] = new JsonObject { [bodies.MediaType] = new JsonObject { ["schema"] = bodies.Response!.DeepClone() } },
            };
        }

        if (tenant)
        {
            responses["404"] = ProblemResponse("The tenant is not configured.");
        }
    }

    private static JsonObject Ref(string name) => new() { ["$ref"] = $"#/components/schemas/{name}" };

    private static JsonObject ArrayOf(string name) => new() { ["type"] = "array", ["items"] = Ref(name) };

    private static JsonObject ProblemResponse(string description) => new()
    {
        ["description"] = description,
        ["content"] = new JsonObject { [Problem] = new JsonObject { ["schema"] = Ref("problem") } },
    };

    // RFC 9457 § 3.1, with the 400's errors: JSON path → the library's sentences.
    private static JsonObject ProblemSchema() => new()
    {
        ["type"] = "object",
        ["properties"] = new JsonObject
        {
            ["type"] = new JsonObject { ["type"] = "string" },
            ["title"] = new JsonObject { ["type"] = "string" },
            ["status"] = new JsonObject { ["type"] = "integer" },
            ["detail"] = new JsonObject { ["type"] = "string" },
            ["instance"] = new JsonObject { ["type"] = "string" },
            ["errors"] = new JsonObject
            {
                ["type"] = "object",
                ["additionalProperties"] = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } },
            },
        },
    };
}
