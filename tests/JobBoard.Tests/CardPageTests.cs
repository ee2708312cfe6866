using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json;
using System.Threading.Tasks;
using InterviewRules;
using Microsoft.Playwright;
using Snapshooter;
using Snapshooter.Xunit;
using Xunit;

namespace JobBoard.Tests;

/// <summary>
/// The card page in a real headless Chromium (Debian's, never downloaded): choose an example, submit with the keyboard,
/// see the decision, the findings and the waterfall, switch to Spanish; fill half the form and see the next question,
/// or the answer that is settled already. Screenshots go to artifacts/job-board; with
/// JOBBOARD_SCREENSHOT=update the English card is also written to docs/images/job-board-card.png.
/// </summary>
public sealed class CardPageTests : IClassFixture<LoopbackServer>
{
    /// <summary>Every browser wait, in milliseconds: CI runs this beside two other test processes on two cores, where 30 s (Playwright's default) can pass.</summary>
    private const float SlowMachine = 120_000;

    /// <summary>Debian's chromium package puts the browser here.</summary>
    public const string Chromium = "/usr/lib/chromium/chromium";

    private const string Example = "13-long-trip-not-looking";

    private readonly LoopbackServer _server;

    public CardPageTests(LoopbackServer server) => _server = server;

    [Fact]
    public async Task Card_ChooseSubmitSwitchToSpanish_ShowsTheLibrarysAnswer()
    {
        // A missing browser fails, never skips: CI installs it (.ci/run), so its absence is a broken machine.
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's browser with `apt-get install -y chromium` (.ci/run does it when missing).");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Timeout = SlowMachine });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 }, Locale = "en-US" });
        page.SetDefaultTimeout(SlowMachine);
        var outside = new List<string>();
        var problems = new List<string>();
        page.Request += (_, request) =>
        {
            if (!request.Url.StartsWith(_server.Address.GetLeftPart(UriPartial.Authority), StringComparison.Ordinal) && !request.Url.StartsWith("blob:", StringComparison.Ordinal))
            {
                outside.Add(request.Url);
            }
        };
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);

        await page.GotoAsync(_server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");
        Assert.Equal(Repository.Examples().Count(), await page.Locator("#example option").CountAsync());

        await page.SelectOptionAsync("#example", Example);
        await page.FocusAsync("#submit");
        await page.Keyboard.PressAsync("Enter");
        await page.WaitForSelectorAsync("#card:not([hidden])");
        await WaitForWaterfallAsync(page);

        var english = Expected("en");
        await AssertCardAsync(page, english);
        Assert.Equal("en", await page.GetAttributeAsync("html", "lang"));
        var englishText = await page.InnerTextAsync("#card");
        await ScreenshotAsync(page, "card-en.png", publish: true);

        await page.SelectOptionAsync("#language", "es");
        var spanish = Expected("es");
        await page.WaitForSelectorAsync("#card[data-language=es]");
        await WaitForWaterfallAsync(page);
        await AssertCardAsync(page, spanish);
        var spanishText = await page.InnerTextAsync("#card");
        await ScreenshotAsync(page, "card-es.png", publish: false);

        Assert.Empty(outside);
        Assert.Empty(problems);
        Snapshot.Match(englishText, SnapshotNameExtension.Create("en"));
        Snapshot.Match(spanishText, SnapshotNameExtension.Create("es"));
    }

    [Fact]
    public async Task Card_BrokenScenario_ShowsTheLibrarysSentencesByPath()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's browser with `apt-get install -y chromium`.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Timeout = SlowMachine });
        var page = await browser.NewPageAsync();
        page.SetDefaultTimeout(SlowMachine);
        await page.GotoAsync(_server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        // Every required field there, so the recommendation's reader answers (an incomplete form goes to the assessor).
        const string broken = "{\"candidate\":{\"yearsOfExperience\":-2,\"interviewsInLastYear\":0,\"activelyLooking\":true},\"opportunity\":{\"interviewer\":\"recruiter\",\"format\":\"video\"}}";
        await page.FillAsync("#scenario", broken);
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#errors:not([hidden])");

        Assert.False(InterviewJson.TryReadScenario(System.Text.Encoding.UTF8.GetBytes(broken), out _, out var errors));
        Assert.Equal(errors.Select(e => $"{e.Path}: {e.Message}"), await page.Locator("#error-list li").AllInnerTextsAsync());
        Assert.True(await page.IsHiddenAsync("#card"));
    }

    [Fact]
    public async Task Card_HalfFilledForm_ShowsTheNextQuestion_ThenTheSettledAnswer_ThenTheCard()
    {
        Assert.True(File.Exists(Chromium), $"{Chromium} is missing: install Debian's browser with `apt-get install -y chromium`.");
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new() { ExecutablePath = Chromium, Headless = true, Timeout = SlowMachine });
        var page = await browser.NewPageAsync(new() { ViewportSize = new() { Width = 1100, Height = 900 }, Locale = "en-US" });
        page.SetDefaultTimeout(SlowMachine);
        var problems = new List<string>();
        var asked = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add(message.Text);
            }
        };
        page.PageError += (_, error) => problems.Add(error);
        page.Request += (_, request) =>
        {
            if (request.Method == "POST")
            {
                asked.Add(new Uri(request.Url).AbsolutePath);
            }
        };
        await page.GotoAsync(_server.Address.ToString());
        await page.WaitForSelectorAsync("body[data-ready=true]");

        // Half the form: the candidate, nothing of the interview yet. Not an error: the question that matters next.
        const string half = "{\"candidate\":{\"yearsOfExperience\":1.5,\"interviewsInLastYear\":0}}";
        var open = Assessed(half, "en");
        Assert.Equal("open", open.RootElement.GetProperty("status").GetString());
        await page.FillAsync("#scenario", half);
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#assessment[data-status=open]");
        Assert.True(await page.IsHiddenAsync("#errors"));
        Assert.True(await page.IsHiddenAsync("#card"));
        Assert.Equal(open.RootElement.GetProperty("questions")[0].GetProperty("text").GetString(), await page.InnerTextAsync("#question"));
        Assert.Equal(open.RootElement.GetProperty("summary").GetString(), await page.InnerTextAsync("#summary"));
        Assert.Equal("It depends", await page.InnerTextAsync("#assessment-decision"));
        await ScreenshotAsync(page, "card-open-en.png", publish: false);

        // In Spanish, the same question in the person's language.
        await page.SelectOptionAsync("#language", "es");
        await page.WaitForSelectorAsync("#assessment[data-language=es]");
        var abierta = Assessed(half, "es");
        Assert.Equal(abierta.RootElement.GetProperty("questions")[0].GetProperty("text").GetString(), await page.InnerTextAsync("#question"));
        await page.SelectOptionAsync("#language", "en");
        await page.WaitForSelectorAsync("#assessment[data-language=en]");

        // The chatbot case: too busy and not even interested, a recruiter's video call, nothing bad heard. Settled.
        const string busy = "{\"opportunity\":{\"interviewer\":\"recruiter\",\"format\":\"video\"},\"concerns\":{\"include\":[\"tooBusy\",\"notInterested\"]},\"redFlags\":[],\"rumours\":[]}";
        var settled = Assessed(busy, "en");
        Assert.Equal("settled", settled.RootElement.GetProperty("status").GetString());
        await page.FillAsync("#scenario", busy);
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#assessment[data-status=settled]");
        Assert.Contains("accept", (await page.GetAttributeAsync("#assessment", "class"))!.Split(' '));
        Assert.Equal("Take the interview", await page.InnerTextAsync("#assessment-decision"));
        Assert.True(await page.IsHiddenAsync("#question-section"));
        Assert.Equal(settled.RootElement.GetProperty("summary").GetString(), await page.InnerTextAsync("#summary"));
        Assert.Equal(
            settled.RootElement.GetProperty("findings").EnumerateArray().Select(f => f.GetProperty("title").GetString()!),
            await page.Locator("#holds li strong").AllInnerTextsAsync());
        await ScreenshotAsync(page, "card-settled-en.png", publish: false);

        // Filled in whole, the form gets the recommendation as before.
        await page.SelectOptionAsync("#example", Example);
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#card:not([hidden])");
        await WaitForWaterfallAsync(page);
        Assert.True(await page.IsHiddenAsync("#assessment"));
        await AssertCardAsync(page, Expected("en"));

        Assert.Empty(problems);

        // A partly filled form with a wrong value: the partial scenario's own sentences, not "missing" ones (the
        // browser logs the 400 itself, so the console is checked before).
        const string broken = "{\"candidate\":{\"yearsOfExperience\":-2}}";
        await page.FillAsync("#scenario", broken);
        await page.ClickAsync("#submit");
        await page.WaitForSelectorAsync("#errors:not([hidden])");
        Assert.False(InterviewJson.TryReadPartialScenario(System.Text.Encoding.UTF8.GetBytes(broken), out _, out var errors));
        Assert.Equal(errors.Select(e => $"{e.Path}: {e.Message}"), await page.Locator("#error-list li").AllInnerTextsAsync());
        Assert.True(await page.IsHiddenAsync("#assessment"));
        Assert.True(await page.IsHiddenAsync("#card"));

        // Three incomplete forms (the first asked in English, Spanish and English again) went to /api/assessments; the
        // complete one, twice (JSON and waterfall), to /api/recommendations.
        Assert.Equal(5, asked.Count(a => a == "/api/assessments"));
        Assert.Equal(2, asked.Count(a => a == "/api/recommendations"));
    }

    private static JsonDocument Assessed(string partial, string language) =>
        JsonDocument.Parse(InterviewJson.Write(InterviewAdvisor.Default.Assess(InterviewJson.ReadPartialScenario(partial)), Repository.Culture(language)));

    private static JsonDocument Expected(string language)
    {
        var scenario = InterviewJson.ReadScenario(Repository.Example(Example));
        var advisor = InterviewAdvisor.Default;
        return JsonDocument.Parse(InterviewJson.Write(advisor.Recommend(scenario), advisor.Counterfactuals(scenario), Repository.Culture(language)));
    }

    /// <summary>The card shows what the library computed: the decision, each finding's title in the column of its effect, the advice, the counterfactuals.</summary>
    private static async Task AssertCardAsync(IPage page, JsonDocument expected)
    {
        var root = expected.RootElement;
        Assert.Contains(root.GetProperty("decision").GetString()!, (await page.GetAttributeAsync("#card", "class"))!.Split(' '));
        var findings = root.GetProperty("findings").EnumerateArray().ToList();
        foreach (var (effect, list) in new[] { ("accept", "#for"), ("decline", "#against") })
        {
            var titles = findings.Where(f => f.GetProperty("effect").GetString() == effect).Select(f => f.GetProperty("title").GetString()!).ToList();
            if (titles.Count > 0)
            {
                Assert.Equal(titles, await page.Locator($"{list} li strong").AllInnerTextsAsync());
            }
        }

        var advice = root.GetProperty("advice").EnumerateArray().Select(a => a.GetString()!).ToList();
        Assert.Equal(advice.Count == 0, await page.IsHiddenAsync("#advice-section"));
        if (advice.Count > 0)
        {
            Assert.Equal(advice, await page.Locator("#advice li").AllInnerTextsAsync());
        }
        var changes = root.GetProperty("counterfactuals").EnumerateArray().Select(c => c.GetProperty("text").GetString()!).ToList();
        var shown = await page.Locator("#changes li").AllInnerTextsAsync();
        Assert.Equal(changes.Count == 0 ? 1 : changes.Count, shown.Count);
        Assert.All(changes.Zip(shown), pair => Assert.EndsWith(pair.First, pair.Second, StringComparison.Ordinal));
    }

    private static Task WaitForWaterfallAsync(IPage page) =>
        page.WaitForFunctionAsync("() => { const i = document.getElementById('waterfall'); return i.src.startsWith('blob:') && i.complete && i.naturalWidth > 0; }");

    private static async Task ScreenshotAsync(IPage page, string name, bool publish)
    {
        var path = Path.Combine(Repository.Artifacts("job-board"), name);
        await page.ScreenshotAsync(new() { Path = path, FullPage = true });
        if (publish && Environment.GetEnvironmentVariable("JOBBOARD_SCREENSHOT") == "update")
        {
            File.Copy(path, Path.Combine(Repository.Root, "docs", "images", "job-board-card.png"), overwrite: true);
        }
    }
}
