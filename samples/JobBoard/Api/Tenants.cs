using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using InterviewRules;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace JobBoard.Api;

/// <summary>The tenants of <c>appsettings.json</c> (<c>"Tenants": { "name": "policy file" }</c>), each a keyed advisor of the DI package.</summary>
internal sealed class Tenants
{
    private readonly IServiceProvider _services;

    public Tenants(IServiceProvider services, IReadOnlyList<string> names)
    {
        _services = services;
        Names = names;
    }

    /// <summary>Gets the configured tenant names, in configuration order.</summary>
    public IReadOnlyList<string> Names { get; }

    /// <summary>Registers one keyed advisor per configured tenant; a relative policy path is taken from the application's folder.</summary>
    public static void Register(IServiceCollection services, IConfiguration configuration)
    {
        var names = new List<string>();
        foreach (var tenant in configuration.GetSection("Tenants").GetChildren())
        {
            var path = tenant.Value ?? throw new InvalidOperationException($"Tenants:{tenant.Key} has no policy file; give the path of a policy JSON file.");
            var file = Path.IsPathRooted(path) ? path : Path.Combine(AppContext.BaseDirectory, path);
            services.AddInterviewRules(tenant.Key, b => b.UsePolicyFile(file));
            names.Add(tenant.Key);
        }

        services.AddSingleton(sp => new Tenants(sp, names));
    }

    /// <summary>Finds a tenant's advisor (names compare ordinally, as configured).</summary>
    public bool TryGet(string name, out InterviewAdvisor advisor)
    {
        advisor = null!;
        if (!Names.Contains(name))
        {
            return false;
        }

        advisor = _services.GetRequiredKeyedService<InterviewAdvisor>(name);
        return true;
    }

    /// <summary>Resolves every tenant's advisor once, so a broken policy file stops the start, not a request.</summary>
    public void ResolveAll()
    {
        foreach (var name in Names)
        {
            _services.GetRequiredKeyedService<InterviewAdvisor>(name);
        }
    }
}
