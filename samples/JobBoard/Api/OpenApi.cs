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
/// parameters, operation ids), with the bodies pointed at the library's own contract schemas in
/// <c>components.schemas</c>, and the errors each operation really answers with. A contract's inner definitions
/// (<c>$defs</c>) are lifted into <c>components.schemas</c> beside it and its <c>$id</c> dropped, so every
/// <c>$ref</c> resolves from the document's root, as linters and code generators resolve it.
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
        ["Assess"] = (Ref("partial-scenario"), Ref("assessment"), Json),
        ["AssessForTenant"] = (Ref("partial-scenario"), Ref("assessment"), Json),
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
            Lift(name, JsonNode.Parse(InterviewJson.Schema(name))!.AsObject(), schemas);
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

    /// <summary>Puts a contract schema and each of its definitions into <paramref name="schemas"/>, their references rewritten to point there.</summary>
    private static void Lift(string name, JsonObject schema, JsonObject schemas)
    {
        schema.Remove("$id");
        schema.Remove("$schema");
        if (schema["$defs"] is JsonObject definitions)
        {
            schema.Remove("$defs");
            foreach (var (definition, value) in definitions.ToList())
            {
                definitions.Remove(definition);
                Rewrite(value);

                // Two contracts may carry the same definition (the recommendation's and the assessment's factValue): one
                // component serves both. The same name for a different schema would make one contract lie.
                if (schemas[definition] is { } earlier)
                {
                    if (!JsonNode.DeepEquals(earlier, value))
                    {
                        throw new InvalidOperationException($"The {name} schema's definition {definition} differs from the component schema of that name; give it a name of its own.");
                    }

                    continue;
                }

                if (InterviewJson.SchemaNames.Contains(definition))
                {
                    throw new InvalidOperationException($"The {name} schema's definition {definition} has the name of a contract schema; give it a name of its own.");
                }

                schemas[definition] = value;
            }
        }

        schemas[name] = schema;
        Rewrite(schema);
    }

    private static void Rewrite(JsonNode? node)
    {
        const string Local = "#/$defs/";
        switch (node)
        {
            case JsonObject properties:
                foreach (var (key, value) in properties.ToList())
                {
                    if (key == "$ref" && value is JsonValue text && text.TryGetValue<string>(out var reference) && reference.StartsWith(Local, StringComparison.Ordinal))
                    {
                        properties["$ref"] = "#/components/schemas/" + reference[Local.Length..];
                    }
                    else
                    {
                        Rewrite(value);
                    }
                }

                break;
            case JsonArray items:
                foreach (var item in items)
                {
                    Rewrite(item);
                }

                break;
        }
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
                responses["400"] = ProblemResponse("The body breaks the contract (errors keyed by JSON path), a query parameter is not allowed, or the body's chunks are malformed.");
                responses["408"] = ProblemResponse("The body arrived too slowly (below Kestrel's minimum data rate).");
                responses["413"] = ProblemResponse($"The body is more than {InterviewJson.MaxDocumentBytes} bytes long.");
                responses["415"] = ProblemResponse("The Content-Type is not application/json.");
            }

            responses["200"] = new JsonObject
            {
                ["description"] = "OK",
                ["content"] = new JsonObject { [bodies.MediaType] = new JsonObject { ["schema"] = bodies.Response!.DeepClone() } },
            };
        }

        if (!responses.ContainsKey("400") && operation["parameters"]?.AsArray().Any(p => p?["name"]?.GetValue<string>() == "language") == true)
        {
            responses["400"] = ProblemResponse("The language is not one of en, es.");
        }

        if (tenant)
        {
            responses["404"] = ProblemResponse("The tenant is not configured.");
        }
        else if (operation["operationId"]?.GetValue<string>() == "GetSchema")
        {
            responses["404"] = ProblemResponse("There is no contract schema of that name.");
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
