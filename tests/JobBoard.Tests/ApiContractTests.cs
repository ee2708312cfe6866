using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading.Tasks;
using InterviewRules;
using InterviewRules.Rendering;
using Json.Schema;
using Microsoft.AspNetCore.Mvc.Testing;
using Xunit;

namespace JobBoard.Tests;

/// <summary>The HTTP contract, through WebApplicationFactory: answers equal the library's, errors are RFC 9457 problems.</summary>
public sealed class ApiContractTests : IClassFixture<WebApplicationFactory<Program>>
{
    private readonly HttpClient _client;

    public ApiContractTests(WebApplicationFactory<Program> factory) => _client = factory.CreateClient();

    public static IEnumerable<object[]> ExamplesInEveryMode() =>
        from example in Repository.Examples()
        from language in new[] { "en", "es" }
        from counterfactuals in new[] { false, true }
        select new object[] { example[0], language, counterfactuals };

    [Theory]
    [MemberData(nameof(ExamplesInEveryMode))]
    public async Task Recommend_EveryExample_EqualsTheProgramsJson(string example, string language, bool counterfactuals)
    {
        var bytes = Repository.Example(example);
        using var response = await PostAsync($"/api/recommendations?language={language}&counterfactuals={counterfactuals.ToString().ToLowerInvariant()}", bytes);

        // What `interview-rules evaluate FILE --format json [--culture es] [--counterfactuals]` prints.
        var scenario = InterviewJson.ReadScenario(bytes);
        var advisor = InterviewAdvisor.Default;
        var expected = Renderers.Render("json", advisor.Recommend(scenario), counterfactuals ? advisor.Counterfactuals(scenario) : null, Repository.Culture(language));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("svg", "image/svg+xml")]
    [InlineData("markdown", "text/markdown")]
    [InlineData("text", "text/plain")]
    public async Task Recommend_Format_IsTheRenderersDocument(string format, string mediaType)
    {
        var bytes = Repository.Example("05-detailed-red-flags");
        using var response = await PostAsync($"/api/recommendations?format={format}&language=es", bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(mediaType, response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Renderers.Render(format, InterviewAdvisor.Default.Recommend(InterviewJson.ReadScenario(bytes)), null, Repository.Culture("es")), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Rank_Inbox_EqualsTheRankingContract(string language)
    {
        using var response = await PostAsync($"/api/inbox/rank?language={language}", Repository.Inbox);

        var expected = InterviewJson.WriteRanking(InterviewAdvisor.Default, Inbox(), Repository.Culture(language));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("campus", "campus-board.json")]
    [InlineData("executive", "executive-search.json")]
    public async Task Tenant_RecommendsAndRanksUnderItsPolicyFile(string tenant, string policyFile)
    {
        var advisor = InterviewAdvisor.Create(InterviewJson.ReadPolicy(Repository.Policy(policyFile)));
        var bytes = Repository.Example("01-new-graduate-needs-practice");

        using var recommended = await PostAsync($"/api/tenants/{tenant}/recommendations?counterfactuals=true", bytes);
        using var ranked = await PostAsync($"/api/tenants/{tenant}/inbox/rank", Repository.Inbox);
        using var rules = await _client.GetAsync($"/api/tenants/{tenant}/rules");

        var scenario = InterviewJson.ReadScenario(bytes);
        Assert.Equal(InterviewJson.Write(advisor.Recommend(scenario), advisor.Counterfactuals(scenario)), await recommended.Content.ReadAsStringAsync());
        Assert.Equal(InterviewJson.WriteRanking(advisor, Inbox()), await ranked.Content.ReadAsStringAsync());
        using var catalogue = JsonDocument.Parse(await rules.Content.ReadAsStringAsync());
        Assert.Equal(advisor.Policy.Name, catalogue.RootElement.GetProperty("policy").GetProperty("name").GetString());
        Assert.Equal(advisor.Rules.Select(r => r.Descriptor.Id), catalogue.RootElement.GetProperty("rules").EnumerateArray().Select(r => r.GetProperty("id").GetString()));
    }

    [Theory]
    [InlineData("/api/tenants/nobody/recommendations")]
    [InlineData("/api/tenants/nobody/inbox/rank")]
    [InlineData("/api/tenants/Campus/recommendations")]
    [InlineData("/api/tenants/nobody/assessments")]
    public async Task Tenant_Unknown_404ProblemNamingItAndTheKnownOnes(string path)
    {
        using var response = await PostAsync(path, Repository.Example("01-new-graduate-needs-practice"));

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains(path.Split('/')[3], detail, StringComparison.Ordinal);
        Assert.Contains("\"campus\"", detail, StringComparison.Ordinal);
    }

    public static IEnumerable<object[]> BadScenarios() =>
    [
        ["{\"candidate\":{\"yearsOfExperience\":-2}}"],
        ["{"],
        [""],
        ["[]"],
        ["{\"candidate\":{\"yearsOfExperience\":\"3\",\"interviewsInLastYear\":0,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"recruiter\",\"format\":\"vidoe\",\"travelHours\":0,\"durationHours\":1},\"extra\":1}"],
        ["{\"candidate\":{\"yearsOfExperience\":1e400}}"],
        ["{\"a\":\"\\ud800\"}"],
        [new string('[', 300)],
    ];

    [Theory]
    [MemberData(nameof(BadScenarios))]
    public async Task Recommend_BadScenario_400WithTheLibrarysSentencesByPath(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.False(InterviewJson.TryReadScenario(bytes, out _, out var errors));
        await AssertBadInputAsync("/api/recommendations", bytes, errors);
    }

    [Fact]
    public async Task Recommend_InvalidUtf8_400WithTheLibrarysSentence()
    {
        byte[] bytes = [(byte)'{', 0xC3, 0x28, (byte)'}'];
        Assert.False(InterviewJson.TryReadScenario(bytes, out _, out var errors));
        await AssertBadInputAsync("/api/recommendations", bytes, errors);
    }

    [Theory]
    [InlineData("{}")]
    [InlineData("[{}, 3]")]
    public async Task Rank_BadList_400WithTheLibrarysSentencesByPath(string body)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.False(InterviewJson.TryReadScenarios(bytes, out _, out var errors));
        await AssertBadInputAsync("/api/inbox/rank", bytes, errors);
    }

    [Fact]
    public async Task Rank_ManyBadElements_DetailCountsEveryProblem_ErrorsHoldTheFirstHundred()
    {
        var bytes = Encoding.UTF8.GetBytes("[" + string.Join(",", Enumerable.Repeat("{}", 5000)) + "]");
        using var response = await PostAsync("/api/inbox/rank", bytes);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.StartsWith("10000 problems;", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
        Assert.Equal(101, Errors(problem).Values.Sum(m => m.Length));
    }

    [Theory]
    [InlineData("/api/recommendations?language=fr", "language", "fr")]
    [InlineData("/api/recommendations?counterfactuals=maybe", "counterfactuals", "maybe")]
    [InlineData("/api/recommendations?format=pdf", "format", "pdf")]
    [InlineData("/api/inbox/rank?language=de", "language", "de")]
    [InlineData("/api/assessments?language=fr", "language", "fr")]
    [InlineData("/api/tenants/campus/assessments?language=pt", "language", "pt")]
    public async Task Query_NotAllowed_400NamingParameterValueAndChoices(string path, string parameter, string value)
    {
        using var response = await PostAsync(path, path.Contains("rank", StringComparison.Ordinal) ? Repository.Inbox : Repository.Example("01-new-graduate-needs-practice"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var message = Assert.Single(Errors(problem)[parameter]);
        Assert.Contains($"\"{value}\"", message, StringComparison.Ordinal);
        Assert.Contains("must be", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Query_SeveralNotAllowed_OneProblemNamingEach()
    {
        using var response = await PostAsync("/api/recommendations?language=fr&counterfactuals=maybe&format=pdf", Repository.Example("01-new-graduate-needs-practice"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        var errors = Errors(problem);
        Assert.Contains("\"fr\"", Assert.Single(errors["language"]), StringComparison.Ordinal);
        Assert.Contains("\"maybe\"", Assert.Single(errors["counterfactuals"]), StringComparison.Ordinal);
        Assert.Contains("\"pdf\"", Assert.Single(errors["format"]), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData("application/xml")]
    [InlineData("application/json; charset=iso-8859-1")]
    [InlineData("application/x-www-form-urlencoded")]
    [InlineData(null)]
    public async Task ContentType_NotJson_415(string? contentType)
    {
        using var content = new ByteArrayContent(Repository.Example("01-new-graduate-needs-practice"));
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        using var response = await _client.PostAsync("/api/recommendations", content);

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ContentType_ThirtyKilobytes_415EchoesItCut()
    {
        var contentType = "application/" + new string('x', 30_000);
        using var content = new ByteArrayContent(Repository.Example("01-new-graduate-needs-practice"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await _client.PostAsync("/api/recommendations", content);

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        var detail = problem.GetProperty("detail").GetString()!;
        Assert.Contains("\"" + contentType[..InputError.MaxEchoLength] + "…\"", detail, StringComparison.Ordinal);
        Assert.True(detail.Length < 300, detail);
    }

    [Theory]
    [InlineData("/api/recommendations")]
    [InlineData("/api/inbox/rank")]
    public async Task Body_HalfAMegabyteNumber_400EchoesItCut(string path)
    {
        var number = new string('7', 500_000);
        var body = path.EndsWith("rank", StringComparison.Ordinal) ? $"[{number}]" : $"{{\"candidate\":{{\"yearsOfExperience\":{number}}}}}";
        using var response = await PostAsync(path, Encoding.UTF8.GetBytes(body));

        await ProblemAsync(response, HttpStatusCode.BadRequest);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(new string('7', InputError.MaxEchoLength + 1), text, StringComparison.Ordinal);
        Assert.Contains(new string('7', InputError.MaxEchoLength) + "…", text, StringComparison.Ordinal);
        Assert.True(text.Length < 2_000, text[..Math.Min(text.Length, 300)]);
    }

    [Theory]
    [InlineData("application/json; charset=utf-8")]
    [InlineData("application/json; charset=UTF-8")]
    [InlineData("Application/JSON")]
    public async Task ContentType_JsonWithOrWithoutCharset_200(string contentType)
    {
        using var content = new ByteArrayContent(Repository.Example("01-new-graduate-needs-practice"));
        content.Headers.ContentType = MediaTypeHeaderValue.Parse(contentType);
        using var response = await _client.PostAsync("/api/recommendations", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Body_OverTheLimit_413_WithOrWithoutLength(bool withLength)
    {
        var bytes = Padded(Repository.Example("01-new-graduate-needs-practice"), InterviewJson.MaxDocumentBytes + 1);
        using var content = withLength ? (HttpContent)new ByteArrayContent(bytes) : new ChunkedContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync("/api/recommendations", content);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(InterviewJson.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Body_ExactlyTheLimit_Accepted_EvenAfterAByteOrderMark(bool bom)
    {
        var bytes = Padded(Repository.Example("01-new-graduate-needs-practice"), InterviewJson.MaxDocumentBytes);
        using var content = new ChunkedContent(bom ? [0xEF, 0xBB, 0xBF, .. bytes] : bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync("/api/recommendations", content);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Theory]
    [InlineData("scenario")]
    [InlineData("recommendation")]
    [InlineData("policy")]
    [InlineData("ranking")]
    [InlineData("partial-scenario")]
    [InlineData("assessment")]
    public async Task Schema_IsTheLibrarys(string name)
    {
        using var response = await _client.GetAsync($"/api/schemas/{name}");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InterviewJson.Schema(name), await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Schema_Unknown_404ProblemListingTheSchemas()
    {
        using var response = await _client.GetAsync("/api/schemas/resume");

        var problem = await ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Contains(string.Join(", ", InterviewJson.SchemaNames), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("es-MX", "es")]
    [InlineData("ES", "es")]
    [InlineData("en-GB", "en")]
    public async Task Language_ARegionalTag_IsReadAsItsLanguage_AsEveryFrontDoorReadsIt(string tag, string language)
    {
        using var tagged = await PostAsync($"/api/recommendations?language={tag}", Repository.Example("01-new-graduate-needs-practice"));
        using var plain = await PostAsync($"/api/recommendations?language={language}", Repository.Example("01-new-graduate-needs-practice"));

        Assert.Equal(HttpStatusCode.OK, tagged.StatusCode);
        Assert.Equal(await plain.Content.ReadAsStringAsync(), await tagged.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Language_ThatDoesNotShip_IsTheCoresSentence_KeyedByTheParameter()
    {
        using var response = await _client.GetAsync("/api/rules?language=fr-FR");

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.False(InterviewRules.Localization.Languages.TryResolve("fr-FR", out _, out var sentence));
        Assert.Equal(sentence, Assert.Single(Errors(problem)["language"]));
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Rules_AreTheDefaultAdvisorsInItsOrder_TitlesInTheLanguage(string language)
    {
        using var response = await _client.GetAsync($"/api/rules?language={language}");

        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var rules = document.RootElement.GetProperty("rules").EnumerateArray().ToList();
        var expected = InterviewAdvisor.Default.Rules.ToList();
        Assert.Equal(expected.Select(r => r.Descriptor.Id), rules.Select(r => r.GetProperty("id").GetString()));
        Assert.Equal(expected.Select(r => r.Descriptor.GetTitle(Repository.Culture(language))), rules.Select(r => r.GetProperty("title").GetString()));
    }

    [Fact]
    public async Task OpenApi_ValidJson_NamesEveryEndpoint_BodiesReferToTheContracts()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.StartsWith("3.1", root.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        var paths = root.GetProperty("paths");
        foreach (var (path, method) in new[]
        {
            ("/api/recommendations", "post"), ("/api/inbox/rank", "post"), ("/api/rules", "get"), ("/api/schemas/{name}", "get"),
            ("/api/tenants/{tenant}/recommendations", "post"), ("/api/tenants/{tenant}/inbox/rank", "post"), ("/api/tenants/{tenant}/rules", "get"),
            ("/api/tenants", "get"), ("/api/examples", "get"), ("/healthz", "get"),
            ("/api/assessments", "post"), ("/api/tenants/{tenant}/assessments", "post"),
        })
        {
            Assert.True(paths.TryGetProperty(path, out var item) && item.TryGetProperty(method, out _), $"{method.ToUpperInvariant()} {path} is missing from the OpenAPI document.");
        }

        var recommend = paths.GetProperty("/api/recommendations").GetProperty("post");
        Assert.Equal("#/components/schemas/scenario", recommend.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.Equal("#/components/schemas/recommendation", recommend.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        var rank = paths.GetProperty("/api/tenants/{tenant}/inbox/rank").GetProperty("post");
        Assert.Equal("#/components/schemas/ranking", rank.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        Assert.True(rank.GetProperty("responses").TryGetProperty("404", out _));
        foreach (var path in new[] { "/api/assessments", "/api/tenants/{tenant}/assessments" })
        {
            var assess = paths.GetProperty(path).GetProperty("post");
            Assert.Equal("#/components/schemas/partial-scenario", assess.GetProperty("requestBody").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
            Assert.Equal("#/components/schemas/assessment", assess.GetProperty("responses").GetProperty("200").GetProperty("content").GetProperty("application/json").GetProperty("schema").GetProperty("$ref").GetString());
        }

        // Each contract is the library's schema with its definitions lifted beside it: no $id (so no other base for
        // its references), and every "#/$defs/x" now "#/components/schemas/x".
        var components = root.GetProperty("components").GetProperty("schemas");
        foreach (var name in InterviewJson.SchemaNames)
        {
            var library = System.Text.Json.Nodes.JsonNode.Parse(InterviewJson.Schema(name).Replace("\"#/$defs/", "\"#/components/schemas/", StringComparison.Ordinal))!.AsObject();
            var definitions = library["$defs"]?.AsObject();
            library.Remove("$defs");
            library.Remove("$id");
            library.Remove("$schema");
            Assert.True(JsonElement.DeepEquals(JsonSerializer.SerializeToElement(library), components.GetProperty(name)), $"components.schemas.{name} is not the library's schema.");
            foreach (var definition in definitions ?? [])
            {
                Assert.True(JsonElement.DeepEquals(JsonSerializer.SerializeToElement(definition.Value), components.GetProperty(definition.Key)), $"components.schemas.{definition.Key} is not the {name} schema's definition.");
            }
        }
    }

    [Fact]
    public async Task OpenApi_EveryRefResolvesFromTheDocumentRoot_NoNestedDefinitions()
    {
        using var response = await _client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;

        var refs = new List<(string At, string Ref)>();
        Walk(root, "#", (at, name, value) =>
        {
            if (name == "$ref")
            {
                refs.Add((at, value.GetString()!));
            }

            Assert.False(name is "$defs" or "$id", $"{at}/{name}: a nested {name} makes references resolve against another base than the document.");
        });

        Assert.NotEmpty(refs);
        Assert.Contains(refs, r => r.Ref == "#/components/schemas/condition");
        Assert.Contains(refs, r => r.Ref == "#/components/schemas/factValue");
        Assert.Contains(refs, r => r.Ref == "#/components/schemas/range");
        Assert.Contains(refs, r => r.Ref == "#/components/schemas/assessment");
        foreach (var (at, reference) in refs)
        {
            Assert.True(Resolve(root, reference), $"{at}: the $ref {reference} does not resolve from the document root.");
        }

        static void Walk(JsonElement element, string at, Action<string, string, JsonElement> visit)
        {
            if (element.ValueKind == JsonValueKind.Object)
            {
                foreach (var property in element.EnumerateObject())
                {
                    visit(at, property.Name, property.Value);
                    Walk(property.Value, $"{at}/{property.Name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal)}", visit);
                }
            }
            else if (element.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in element.EnumerateArray())
                {
                    Walk(item, $"{at}/{i++}", visit);
                }
            }
        }

        // A JSON Pointer (RFC 6901) in a URI fragment, from the document root.
        static bool Resolve(JsonElement root, string reference)
        {
            if (!reference.StartsWith("#/", StringComparison.Ordinal))
            {
                return false;
            }

            var node = root;
            foreach (var token in Uri.UnescapeDataString(reference[2..]).Split('/'))
            {
                var key = token.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal);
                if (node.ValueKind == JsonValueKind.Object && node.TryGetProperty(key, out var child))
                {
                    node = child;
                }
                else if (node.ValueKind == JsonValueKind.Array && int.TryParse(key, out var index) && index < node.GetArrayLength())
                {
                    node = node[index];
                }
                else
                {
                    return false;
                }
            }

            return true;
        }
    }

    [Theory]
    [InlineData("/api/rules", "get", "400")]
    [InlineData("/api/tenants/{tenant}/rules", "get", "400")]
    [InlineData("/api/tenants/{tenant}/rules", "get", "404")]
    [InlineData("/api/schemas/{name}", "get", "404")]
    [InlineData("/api/recommendations", "post", "400")]
    [InlineData("/api/recommendations", "post", "408")]
    [InlineData("/api/recommendations", "post", "413")]
    [InlineData("/api/recommendations", "post", "415")]
    [InlineData("/api/tenants/{tenant}/inbox/rank", "post", "408")]
    [InlineData("/api/assessments", "post", "400")]
    [InlineData("/api/assessments", "post", "413")]
    [InlineData("/api/assessments", "post", "415")]
    [InlineData("/api/tenants/{tenant}/assessments", "post", "400")]
    [InlineData("/api/tenants/{tenant}/assessments", "post", "404")]
    public async Task OpenApi_DocumentsTheErrorsTheApiReturns_AsProblems(string path, string method, string status)
    {
        using var response = await _client.GetAsync("/openapi/v1.json");
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var responses = document.RootElement.GetProperty("paths").GetProperty(path).GetProperty(method).GetProperty("responses");
        Assert.True(responses.TryGetProperty(status, out var error), $"{method.ToUpperInvariant()} {path} does not document its {status}.");
        Assert.Equal("#/components/schemas/problem", error.GetProperty("content").GetProperty("application/problem+json").GetProperty("schema").GetProperty("$ref").GetString());
    }

    [Theory]
    [InlineData("True")]
    [InlineData(" true")]
    [InlineData("FALSE")]
    [InlineData("1")]
    public async Task Query_CounterfactualsNotExactlyTrueOrFalse_400NamingIt(string value)
    {
        using var response = await PostAsync($"/api/recommendations?counterfactuals={Uri.EscapeDataString(value)}", Repository.Example("01-new-graduate-needs-practice"));

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal($"The query parameter counterfactuals is \"{value}\"; it must be true or false.", Assert.Single(Errors(problem)["counterfactuals"]));
    }

    [Theory]
    [InlineData("GET", "/api/rules", HttpStatusCode.OK)]
    [InlineData("GET", "/api/schemas/scenario", HttpStatusCode.OK)]
    [InlineData("GET", "/api/schemas/resume", HttpStatusCode.NotFound)]
    [InlineData("GET", "/openapi/v1.json", HttpStatusCode.OK)]
    [InlineData("GET", "/healthz", HttpStatusCode.OK)]
    [InlineData("GET", "/metrics", HttpStatusCode.OK)]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    [InlineData("POST", "/api/recommendations", HttpStatusCode.OK)]
    [InlineData("POST", "/api/recommendations?language=fr", HttpStatusCode.BadRequest)]
    [InlineData("POST", "/api/inbox/rank", HttpStatusCode.BadRequest)]
    public async Task Responses_AreNeverSniffed(string method, string path, HttpStatusCode status)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        if (method == "POST")
        {
            request.Content = new ByteArrayContent(Repository.Example("01-new-graduate-needs-practice"));
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        }

        using var response = await _client.SendAsync(request);

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("nosniff", Assert.Single(response.Headers.GetValues("X-Content-Type-Options")));
    }

    [Fact]
    public async Task Healthz_Ok()
    {
        using var response = await _client.GetAsync("/healthz");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }

    [Fact]
    public async Task Metrics_PrometheusText_CountsRecommendationsByDecisionAndPolicy()
    {
        using (await PostAsync("/api/recommendations", Repository.Example("01-new-graduate-needs-practice")))
        {
        }

        using var response = await _client.GetAsync("/metrics");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/plain", response.Content.Headers.ContentType?.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.Contains("interviewrules_recommendations_total{", text, StringComparison.Ordinal);
        Assert.Contains("decision=\"accept\"", text, StringComparison.Ordinal);
        Assert.Contains("policy_name=\"article-default\"", text, StringComparison.Ordinal);
        Assert.Contains("interviewrules_evaluation_duration_seconds_bucket{", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("GET", "/api/recommendations", HttpStatusCode.MethodNotAllowed)]
    [InlineData("GET", "/api/nothing-here", HttpStatusCode.NotFound)]
    public async Task Framework_Refusals_AreProblemsToo(string method, string path, HttpStatusCode status)
    {
        using var response = await _client.SendAsync(new HttpRequestMessage(new HttpMethod(method), path));

        await ProblemAsync(response, status);
    }

    /// <summary>The issue's chatbot case: a recruiter's video call, too busy and not even interested, nothing bad heard; the rest unknown.</summary>
    private const string BusyNotInterested = "{\"opportunity\":{\"interviewer\":\"recruiter\",\"format\":\"video\"},\"concerns\":{\"include\":[\"tooBusy\",\"notInterested\"]},\"redFlags\":[],\"rumours\":[]}";

    /// <summary>Half a form: only the years of experience.</summary>
    private const string OnlyExperience = "{\"candidate\":{\"yearsOfExperience\":1.5}}";

    /// <summary>A red flag known in detail that vetoes, whatever else is true.</summary>
    private const string UntrustworthyLeaders = "{\"redFlags\":{\"include\":[\"untrustworthyLeadership\"]}}";

    private static readonly Lazy<JsonSchema> AssessmentSchema = new(() => JsonSchema.FromText(InterviewJson.Schema("assessment")));

    public static IEnumerable<object[]> EveryExample() => Repository.Examples();

    public static IEnumerable<object[]> PartialBodies() =>
        from body in new[] { BusyNotInterested, OnlyExperience, UntrustworthyLeaders, "{}", "{\"concerns\":{},\"rumours\":{\"exclude\":[\"highTurnover\"]}}" }
        from language in new[] { "en", "es" }
        select new object[] { body, language };

    [Theory]
    [MemberData(nameof(PartialBodies))]
    public async Task Assess_PartialBody_200EqualsTheLibrarysJson(string body, string language)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        using var response = await PostAsync($"/api/assessments?language={language}", bytes);

        // What `interview-rules assess FILE --format json [--culture es]` prints.
        var expected = InterviewJson.Write(InterviewAdvisor.Default.Assess(InterviewJson.ReadPartialScenario(bytes)), Repository.Culture(language));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(expected, await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [MemberData(nameof(EveryExample))]
    public async Task Assess_EveryExampleAsAPartialScenario_EqualsTheLibrarysJson(string example)
    {
        var bytes = Repository.Example(example);
        using var response = await PostAsync("/api/assessments", bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(InterviewJson.Write(InterviewAdvisor.Default.Assess(InterviewJson.ReadPartialScenario(bytes))), await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData(BusyNotInterested, "accept")]
    [InlineData(UntrustworthyLeaders, "decline")]
    public async Task Assess_SettledWithWhatIsKnown_DecisionAndNothingToAsk(string body, string decision)
    {
        using var response = await PostAsync("/api/assessments", Encoding.UTF8.GetBytes(body));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        Assert.Equal("settled", root.GetProperty("status").GetString());
        Assert.Equal(decision, root.GetProperty("decision").GetString());
        Assert.Empty(root.GetProperty("relevant").EnumerateArray());
        Assert.Empty(root.GetProperty("questions").EnumerateArray());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("sufficient").ValueKind);
    }

    [Theory]
    [InlineData("en")]
    [InlineData("es")]
    public async Task Assess_HalfAForm_OpenWithTheFirstQuestionInTheLanguage(string language)
    {
        using var response = await PostAsync($"/api/assessments?language={language}", Encoding.UTF8.GetBytes(OnlyExperience));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var root = document.RootElement;
        var assessment = InterviewAdvisor.Default.Assess(InterviewJson.ReadPartialScenario(OnlyExperience));
        Assert.Equal(AssessmentStatus.Open, assessment.Status);
        Assert.Equal("open", root.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("decision").ValueKind);
        Assert.Equal(JsonValueKind.Null, root.GetProperty("sufficient").ValueKind);
        var first = root.GetProperty("questions")[0];
        Assert.Equal(assessment.Questions[0].Fact, first.GetProperty("fact").GetString());
        Assert.Equal(assessment.Questions[0].GetText(Repository.Culture(language)), first.GetProperty("text").GetString());
        Assert.Equal(assessment.GetSummary(Repository.Culture(language)), root.GetProperty("summary").GetString());
        Assert.Contains(first.GetProperty("fact").GetString(), root.GetProperty("relevant").EnumerateArray().Select(r => r.GetString()));
    }

    [Theory]
    [InlineData("null", "$")]
    [InlineData("{\"candidate\":null}", "$.candidate")]
    [InlineData("{\"candidate\":{\"yearsOfExperience\":null}}", "$.candidate.yearsOfExperience")]
    [InlineData("{\"resume\":{}}", "$.resume")]
    [InlineData("{\"candidate\":{\"age\":30}}", "$.candidate.age")]
    [InlineData("{\"concerns\":{\"include\":[\"bogus\"]}}", "$.concerns.include[0]")]
    [InlineData("{\"concerns\":{\"include\":[\"tooBusy\"],\"exclude\":[\"tooBusy\"]}}", "$.concerns")]
    [InlineData("{\"redFlags\":{\"exclude\":[\"gossip\"]}}", "$.redFlags.exclude[0]")]
    [InlineData("{\"rumours\":{\"include\":[\"highTurnover\",\"highTurnover\"]}}", "$.rumours.include[1]")]
    [InlineData("{\"concerns\":{\"maybe\":[\"tooBusy\"]}}", "$.concerns.maybe")]
    [InlineData("{\"candidate\":{\"yearsOfExperience\":-2}}", "$.candidate.yearsOfExperience")]
    [InlineData("{", "$")]
    public async Task Assess_BadPartialScenario_400WithTheLibrarysSentencesByPath(string body, string path)
    {
        var bytes = Encoding.UTF8.GetBytes(body);
        Assert.False(InterviewJson.TryReadPartialScenario(bytes, out _, out var errors));
        Assert.Contains(errors, e => e.Path == path);
        await AssertBadInputAsync("/api/assessments", bytes, errors);
        await AssertBadInputAsync("/api/tenants/campus/assessments", bytes, errors);
    }

    [Theory]
    [InlineData("campus", "campus-board.json")]
    [InlineData("executive", "executive-search.json")]
    public async Task Assess_Tenant_AssessesUnderItsPolicyFile(string tenant, string policyFile)
    {
        var advisor = InterviewAdvisor.Create(InterviewJson.ReadPolicy(Repository.Policy(policyFile)));
        foreach (var body in new[] { BusyNotInterested, OnlyExperience, "{}" })
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            using var response = await PostAsync($"/api/tenants/{tenant}/assessments?language=es", bytes);

            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var text = await response.Content.ReadAsStringAsync();
            Assert.Equal(InterviewJson.Write(advisor.Assess(InterviewJson.ReadPartialScenario(bytes)), Repository.Culture("es")), text);
            using var document = JsonDocument.Parse(text);
            Assert.Equal(advisor.Policy.Name, document.RootElement.GetProperty("policy").GetProperty("name").GetString());
        }
    }

    [Theory]
    [MemberData(nameof(PartialBodies))]
    public async Task Assess_Response_ValidatesAgainstTheAssessmentSchema(string body, string language)
    {
        using var response = await PostAsync($"/api/assessments?language={language}", Encoding.UTF8.GetBytes(body));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        var result = AssessmentSchema.Value.Evaluate(document.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });
        Assert.True(result.IsValid, string.Join("; ", (result.Details ?? []).Where(d => d.Errors is not null).SelectMany(d => d.Errors!.Select(e => $"{d.InstanceLocation}: {e.Value}"))));
    }

    [Fact]
    public async Task Assess_CompleteExample_ValidatesAgainstTheAssessmentSchema_WithItsRecommendation()
    {
        // Every optional field written out: nothing any rule reads is unknown, so the answer carries the recommendation.
        var scenario = InterviewJson.ReadScenario(Repository.Example("01-new-graduate-needs-practice"));
        using var response = await PostAsync("/api/assessments", Encoding.UTF8.GetBytes(InterviewJson.Write(scenario)));
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());

        Assert.Equal("settled", document.RootElement.GetProperty("status").GetString());
        Assert.Equal(InterviewAdvisor.Default.Recommend(scenario).Score, document.RootElement.GetProperty("recommendation").GetProperty("score").GetDouble());
        Assert.True(AssessmentSchema.Value.Evaluate(document.RootElement).IsValid);
    }

    [Theory]
    [InlineData("text/plain")]
    [InlineData(null)]
    public async Task Assess_ContentTypeNotJson_415(string? contentType)
    {
        using var content = new ByteArrayContent(Encoding.UTF8.GetBytes(OnlyExperience));
        content.Headers.ContentType = contentType is null ? null : MediaTypeHeaderValue.Parse(contentType);
        using var response = await _client.PostAsync("/api/tenants/campus/assessments", content);

        var problem = await ProblemAsync(response, HttpStatusCode.UnsupportedMediaType);
        Assert.Contains("application/json", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Assess_BodyOverTheLimit_413_WithOrWithoutLength(bool withLength)
    {
        var bytes = Padded(Encoding.UTF8.GetBytes(OnlyExperience), InterviewJson.MaxDocumentBytes + 1);
        using var content = withLength ? (HttpContent)new ByteArrayContent(bytes) : new ChunkedContent(bytes);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        using var response = await _client.PostAsync("/api/assessments", content);

        var problem = await ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Contains(InterviewJson.MaxDocumentBytes.ToString(System.Globalization.CultureInfo.InvariantCulture), problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    private static IReadOnlyList<InterviewScenario> Inbox() =>
        InterviewJson.TryReadScenarios(Repository.Inbox, out var scenarios, out _) ? scenarios : throw new InvalidOperationException("docs/inbox/six-invitations.json is not a list of scenarios.");

    private async Task<HttpResponseMessage> PostAsync(string path, byte[] body)
    {
        using var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return await _client.PostAsync(path, content);
    }

    /// <summary>The body gets a 400 problem whose errors are the library's, keyed by JSON path.</summary>
    private async Task AssertBadInputAsync(string path, byte[] body, IReadOnlyList<InputError> expected)
    {
        using var response = await PostAsync(path, body);

        var problem = await ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Equal(expected.GroupBy(e => e.Path).ToDictionary(g => g.Key, g => g.Select(e => e.Message).ToArray()), Errors(problem));
    }

    private static async Task<JsonElement> ProblemAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var document = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        var problem = document.RootElement.Clone();
        Assert.Equal((int)status, problem.GetProperty("status").GetInt32());
        Assert.False(string.IsNullOrWhiteSpace(problem.GetProperty("title").GetString()));
        return problem;
    }

    private static Dictionary<string, string[]> Errors(JsonElement problem) =>
        problem.GetProperty("errors").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.EnumerateArray().Select(m => m.GetString()!).ToArray());

    /// <summary>A valid scenario followed by spaces up to <paramref name="length"/> bytes: valid JSON when within the limit.</summary>
    private static byte[] Padded(byte[] scenario, int length)
    {
        var bytes = new byte[length];
        Array.Fill(bytes, (byte)' ');
        scenario.CopyTo(bytes, 0);
        return bytes;
    }

    /// <summary>A body with no length: sent chunked, as a client streaming it would.</summary>
    private sealed class ChunkedContent(byte[] bytes) : HttpContent
    {
        protected override async Task SerializeToStreamAsync(Stream stream, TransportContext? context)
        {
            for (var offset = 0; offset < bytes.Length; offset += 64 * 1024)
            {
                await stream.WriteAsync(bytes.AsMemory(offset, Math.Min(64 * 1024, bytes.Length - offset)));
            }
        }

        protected override bool TryComputeLength(out long length)
        {
            length = 0;
            return false;
        }
    }
}
