using System;
using System.Collections.Generic;
using System.Linq;
using System.Runtime.CompilerServices;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;

namespace InterviewRules.Tools.Tests;

/// <summary>
/// A chat client that behaves like a model with function calling, from a script: each turn, it looks at what the
/// tools returned so far and either asks for the next tool call (arguments parsed from JSON text, as providers parse
/// a model's output) or answers. It records every function result it was given.
/// </summary>
internal sealed class ScriptedChatClient(Func<IReadOnlyList<FunctionResultContent>, (string Tool, string ArgumentsJson)?> next) : IChatClient
{
    private int _calls;

    public List<FunctionResultContent> Results { get; } = [];

    public Task<ChatResponse> GetResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, CancellationToken cancellationToken = default)
    {
        Results.Clear();
        Results.AddRange(messages.SelectMany(m => m.Contents).OfType<FunctionResultContent>());
        if (next(Results) is { } call)
        {
            var arguments = JsonSerializer.Deserialize<Dictionary<string, object?>>(call.ArgumentsJson);
            return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, [new FunctionCallContent($"call-{++_calls}", call.Tool, arguments)])));
        }

        var last = Results.LastOrDefault()?.Result;
        return Task.FromResult(new ChatResponse(new ChatMessage(ChatRole.Assistant, last is JsonElement json && json.TryGetProperty("markdown", out var markdown) ? markdown.GetString() : "done")));
    }

    public async IAsyncEnumerable<ChatResponseUpdate> GetStreamingResponseAsync(IEnumerable<ChatMessage> messages, ChatOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        foreach (var update in (await GetResponseAsync(messages, options, cancellationToken)).ToChatResponseUpdates())
        {
            yield return update;
        }
    }

    public object? GetService(Type serviceType, object? serviceKey = null) => null;

    public void Dispose()
    {
    }
}
