using System;
using System.Collections.Generic;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Linq;
using System.IO;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using InterviewRules;
using InterviewRules.Localization;
using InterviewRules.Rendering;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace JobBoard.Api;

/// <summary>The job board's HTTP API (samples/JobBoard/README.md). Responses are the library's own JSON bytes; errors are RFC 9457 problems.</summary>
internal static class Endpoints
{
    private const string Json = "application/json; charset=utf-8";

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api");
        api.MapPost("/recommendations", (string? language, string? counterfactuals, string? format, HttpRequest request, InterviewAdvisor advisor, CancellationToken ct) =>
                RecommendAsync(advisor, new Query(language, counterfactuals, format), request, ct))
            .WithName("Recommend").WithSummary("Recommends whether to take the interview a scenario describes, and explains why.");
        api.MapPost("/inbox/rank", (string? language, HttpRequest request, InterviewAdvisor advisor, CancellationToken ct) => RankAsync(advisor, language, request, ct))
            .WithName("RankInbox").WithSummary("Ranks a candidate's invitations, best first.");
        api.MapPost("/assessments", (string? language, HttpRequest request, InterviewAdvisor advisor, CancellationToken ct) => AssessAsync(advisor, language, request, ct))
            .WithName("Assess").WithSummary("Decides with what is known (a half-filled form): the settled answer, or the questions that could change it, ranked.");

        var tenant = api.MapGroup("/tenants/{tenant}");
        tenant.MapPost("/recommendations", (string tenant, string? language, string? counterfactuals, string? format, HttpRequest request, Tenants tenants, CancellationToken ct) =>
                tenants.TryGet(tenant, out var advisor) ? RecommendAsync(advisor, new Query(language, counterfactuals, format), request, ct) : Task.FromResult(UnknownTenant(tenant, tenants)))
            .WithName("RecommendForTenant").WithSummary("Recommends under a tenant's policy.");
        tenant.MapPost("/inbox/rank", (string tenant, string? language, HttpRequest request, Tenants tenants, CancellationToken ct) =>
                tenants.TryGet(tenant, out var advisor) ? RankAsync(advisor, language, request, ct) : Task.FromResult(UnknownTenant(tenant, tenants)))
            .WithName("RankInboxForTenant").WithSummary("Ranks invitations under a tenant's policy.");
        tenant.MapPost("/assessments", (string tenant, string? language, HttpRequest request, Tenants tenants, CancellationToken ct) =>
                tenants.TryGet(tenant, out var advisor) ? AssessAsync(advisor, language, request, ct) : Task.FromResult(UnknownTenant(tenant, tenants)))
            .WithName("AssessForTenant").WithSummary("Decides with what is known, under a tenant's policy.");
        tenant.MapGet("/rules", (string tenant, string? language, Tenants tenants) =>
                tenants.TryGet(tenant, out var advisor) ? Rules(advisor, language) : UnknownTenant(tenant, tenants))
            .WithName("ListRulesForTenant").WithSummary("The rules a tenant's policy applies.");

        api.MapGet("/rules", (string? language, InterviewAdvisor advisor) => Rules(advisor, language))
            .WithName("ListRules").WithSummary("The rules the default policy applies, with their titles in the asked language.");
        api.MapGet("/schemas/{name}", (string name) => InterviewJson.SchemaNames.Contains(name)
                ? Results.Text(InterviewJson.Schema(name), "application/schema+json; charset=utf-8", Encoding.UTF8)
                : Problems.UnknownSchema(InputError.Echo(name)))
            .WithName("GetSchema").WithSummary("The JSON Schema of a contract: scenario, recommendation, policy, ranking, partial-scenario or assessment.");
        api.MapGet("/tenants", (Tenants tenants) => Results.Ok(tenants.Names))
            .WithName("ListTenants").WithSummary("The configured tenants.");
        api.MapGet("/examples", Examples.List)
            .WithName("ListExamples").WithSummary("The example invitations the card page offers (docs/examples).");
        app.MapGet("/healthz", Health)
            .WithName("Health").WithSummary("Answers 200 while the service is up.");

        // Uptime checkers ask with HEAD; Kestrel sends the headers of GET without the body.
        app.MapMethods("/healthz", [HttpMethods.Head], Health).ExcludeFromDescription();
    }

    private static IResult Health() => Results.Text("ok\n", "text/plain; charset=utf-8");

    private static async Task<IResult> RecommendAsync(InterviewAdvisor advisor, Query query, HttpRequest request, CancellationToken ct)
    {
        if (!TryQuery(query, out var culture, out var counterfactuals, out var format, out var bad))
        {
            return bad;
        }

        var (body, problem) = await RequestBody.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        if (!InterviewJson.TryReadScenario(body, out var scenario, out var errors))
        {
            return Problems.BadInput(errors, "scenario");
        }

        var recommendation = advisor.Recommend(scenario);
        var text = Renderers.Render(format, recommendation, counterfactuals ? advisor.Counterfactuals(scenario) : null, culture);
        return Results.Text(text, ContentTypeOf(format), Encoding.UTF8);
    }

    private static async Task<IResult> RankAsync(InterviewAdvisor advisor, string? language, HttpRequest request, CancellationToken ct)
    {
        if (!TryLanguage(language, out var culture, out var bad))
        {
            return Problems.BadInput([bad], "request");
        }

        var (body, problem) = await RequestBody.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        return InterviewJson.TryReadScenarios(body, out var scenarios, out var errors)
            ? Results.Text(InterviewJson.WriteRanking(advisor, scenarios, culture), Json, Encoding.UTF8)
            : Problems.BadInput(errors, "list of invitations");
    }

    private static async Task<IResult> AssessAsync(InterviewAdvisor advisor, string? language, HttpRequest request, CancellationToken ct)
    {
        if (!TryLanguage(language, out var culture, out var bad))
        {
            return Problems.BadInput([bad], "request");
        }

        var (body, problem) = await RequestBody.ReadAsync(request, ct);
        if (problem is not null)
        {
            return problem;
        }

        return InterviewJson.TryReadPartialScenario(body, out var scenario, out var errors)
            ? Results.Text(InterviewJson.Write(advisor.Assess(scenario), culture), Json, Encoding.UTF8)
            : Problems.BadInput(errors, "partial scenario");
    }

    private static IResult Rules(InterviewAdvisor advisor, string? language)
    {
        if (!TryLanguage(language, out var culture, out var bad))
        {
            return Problems.BadInput([bad], "request");
        }

        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartObject();
            writer.WriteStartObject("policy");
            writer.WriteString("name", advisor.Policy.Name);
            writer.WriteString("version", advisor.Policy.Version);
            writer.WriteString("fingerprint", advisor.Policy.Fingerprint);
            writer.WriteEndObject();
            writer.WriteString("language", Languages.Resolve(culture));
            writer.WriteStartArray("rules");
            foreach (var rule in advisor.Rules)
            {
                var descriptor = rule.Descriptor;
                writer.WriteStartObject();
                writer.WriteString("id", descriptor.Id);
                writer.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(descriptor.Kind.ToString()));
                writer.WriteString("source", descriptor.GetSource(culture));
                writer.WriteString("title", descriptor.GetTitle(culture));
                writer.WriteString("weight", descriptor.GetWeightSummary(culture));
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return Results.Bytes(stream.ToArray(), Json);
    }

    private static bool TryQuery(Query query, out CultureInfo? culture, out bool counterfactuals, out string format, out IResult bad)
    {
        // Every bad parameter in one problem, as every problem of a body is.
        var errors = new List<InputError>();
        counterfactuals = false;
        format = "json";
        if (!TryLanguage(query.Language, out culture, out var languageProblem))
        {
            errors.Add(languageProblem);
        }

        // Exactly as the document says: bool.TryParse would also take "True" and " true".
        if (!string.IsNullOrEmpty(query.Counterfactuals) && !(counterfactuals = query.Counterfactuals == "true") && query.Counterfactuals != "false")
        {
            errors.Add(Problems.QueryProblem("counterfactuals", InputError.Echo(query.Counterfactuals), "true or false"));
        }

        if (!string.IsNullOrEmpty(query.Format))
        {
            if (Renderers.Names.Contains(query.Format))
            {
                format = query.Format;
            }
            else
            {
                errors.Add(Problems.QueryProblem("format", InputError.Echo(query.Format), "one of " + string.Join(", ", Renderers.Names)));
            }
        }

        bad = errors.Count > 0 ? Problems.BadInput(errors, "request") : Results.Empty;
        return errors.Count == 0;
    }

    /// <summary>Reads <c>?language=</c> as every front door reads a language tag (<see cref="Languages.TryResolve"/>); absent or empty, English.</summary>
    private static bool TryLanguage(string? language, out CultureInfo? culture, [NotNullWhen(false)] out InputError? problem)
    {
        culture = null;
        problem = null;
        if (string.IsNullOrEmpty(language) || Languages.TryResolve(language, out culture, out var sentence))
        {
            return true;
        }

        problem = new InputError("language", sentence);
        return false;
    }

    private static IResult UnknownTenant(string tenant, Tenants tenants) => Problems.UnknownTenant(InputError.Echo(tenant), tenants.Names);

    private static string ContentTypeOf(string format) => format switch
    {
        "svg" => "image/svg+xml; charset=utf-8",
        "markdown" => "text/markdown; charset=utf-8",
        "text" => "text/plain; charset=utf-8",
        _ => Json,
    };

    /// <summary>The query of a recommendation, as the client wrote it: read here, so a bad value gets a problem document naming it.</summary>
    private readonly record struct Query(string? Language, string? Counterfactuals, string? Format);
}
