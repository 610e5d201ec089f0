using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using RabbitMQ.Client;

namespace NewsExtract.Tests.Distributed;

/// <summary>
/// A RabbitMQ node of its own for a test: Debian's <c>rabbitmq-server</c> on loopback, with its own data, log and home
/// folders (its Erlang cookie), its own epmd, a unique node name and free ports, and no plugins. Started as root, the
/// server runs as the <c>rabbitmq</c> user (as Debian's wrapper does), so its folders are given to that user. It is
/// stopped by its node name (<c>rabbitmqctl -n NODE stop</c>), then by its process ids, never by a pattern, and its
/// folders are removed. <see cref="StartOrIgnore"/> reports the test skipped, with the reason, where it cannot start.
/// </summary>
internal sealed class RabbitMqNode : IDisposable
{
    private const string ServerScript = "/usr/lib/rabbitmq/bin/rabbitmq-server";
    private const string ControlScript = "/usr/lib/rabbitmq/bin/rabbitmqctl";
    private static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(150);

    private readonly string _root;
    private readonly Dictionary<string, string> _environment;

    /// <summary>The server's last lines of output, for the reason a start failed.</summary>
    private readonly System.Collections.Concurrent.ConcurrentQueue<string> _serverOutput = new();
    private Process? _epmd;
    private Process? _server;

    public string NodeName { get; }
    public int AmqpPort { get; }
    public Uri Url => new($"amqp://guest:guest@127.0.0.1:{AmqpPort}/");
    public TimeSpan StartedIn { get; private set; }

    private RabbitMqNode()
    {
        var id = Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4));
        NodeName = $"newsextract-test-{id}@localhost";
        _root = Path.Combine(Path.GetTempPath(), $"newsextract-rabbitmq-{id}");
        AmqpPort = FreePort();
        var distPort = FreePort();
        var epmdPort = FreePort();
        var ctlPort = FreePort();
        _environment = new Dictionary<string, string>
        {
            ["HOME"] = Path.Combine(_root, "home"),
            ["ERL_EPMD_PORT"] = epmdPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_NODENAME"] = NodeName,
            ["RABBITMQ_NODE_IP_ADDRESS"] = "127.0.0.1",
            ["RABBITMQ_NODE_PORT"] = AmqpPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_DIST_PORT"] = distPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_CTL_DIST_PORT_MIN"] = ctlPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_CTL_DIST_PORT_MAX"] = ctlPort.ToString(System.Globalization.CultureInfo.InvariantCulture),
            ["RABBITMQ_MNESIA_BASE"] = Path.Combine(_root, "mnesia"),
            ["RABBITMQ_LOG_BASE"] = Path.Combine(_root, "log"),
            ["RABBITMQ_FEATURE_FLAGS_FILE"] = Path.Combine(_root, "feature_flags"),
            ["RABBITMQ_ENABLED_PLUGINS_FILE"] = Path.Combine(_root, "enabled_plugins"),
            ["RABBITMQ_PID_FILE"] = Path.Combine(_root, "rabbitmq.pid"),
            ["RABBITMQ_CONF_ENV_FILE"] = Path.Combine(_root, "rabbitmq-env.conf"),
            ["RABBITMQ_CONFIG_FILE"] = Path.Combine(_root, "rabbitmq"),
            ["RABBITMQ_ADVANCED_CONFIG_FILE"] = Path.Combine(_root, "advanced.config"),
        };
    }

    /// <summary>A started node, or the test reported skipped with why it could not start.</summary>
    public static RabbitMqNode StartOrIgnore()
    {
        if (!OperatingSystem.IsLinux() || !File.Exists(ServerScript) || !File.Exists("/usr/bin/epmd"))
        {
            Assert.Ignore("rabbitmq-server is not installed (Debian: apt-get install rabbitmq-server; .ci/run installs it): the broker tests are skipped.");
        }

        var node = new RabbitMqNode();
        try
        {
            if (OperatingSystem.IsWindows())
            {
                throw new InvalidOperationException("Windows");
            }

            node.Start();
            return node;
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or System.ComponentModel.Win32Exception or TimeoutException)
        {
            var log = node.LogTail();
            node.Dispose();
            Assert.Ignore($"rabbitmq-server could not be started here: {e.Message}{log}");
            throw;
        }
    }

    private static bool IsRoot => Environment.IsPrivilegedProcess;

    private void KeepOutput(string? line)
    {
        if (!string.IsNullOrWhiteSpace(line))
        {
            _serverOutput.Enqueue(line.Length > 300 ? line[..300] + "…" : line);
            while (_serverOutput.Count > 4 && _serverOutput.TryDequeue(out _))
            {
            }
        }
    }

    private string ServerOutputTail() => _serverOutput.IsEmpty ? "" : "; its last output:\n" + string.Join("\n", _serverOutput);

    [System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
    private void Start()
    {
        foreach (var folder in new[] { "home", "mnesia", "log" })
        {
            Directory.CreateDirectory(Path.Combine(_root, folder));
        }

        File.WriteAllText(Path.Combine(_root, "enabled_plugins"), "[].\n");
        File.WriteAllText(Path.Combine(_root, "rabbitmq-env.conf"), "");
        var cookie = Path.Combine(_root, "home", ".erlang.cookie");
        File.WriteAllText(cookie, Convert.ToHexString(RandomNumberGenerator.GetBytes(16)));
        File.SetUnixFileMode(cookie, UnixFileMode.UserRead);
        if (IsRoot)
        {
            Run("chown", ["-R", "rabbitmq:rabbitmq", _root], TimeSpan.FromSeconds(30), asServerUser: false);
            try
            {
                // The server runs as rabbitmq: every folder above ours must let that user through (a private TMPDIR does not).
                Run("/usr/bin/test", ["-r", cookie], TimeSpan.FromSeconds(30), asServerUser: true);
            }
            catch (InvalidOperationException)
            {
                throw new InvalidOperationException($"the rabbitmq user cannot reach {_root} (a folder above it is not searchable by others; TMPDIR?)");
            }
        }

        var clock = Stopwatch.StartNew();
        _epmd = Process.Start(Info("/usr/bin/epmd", ["-port", _environment["ERL_EPMD_PORT"]], asServerUser: false))
            ?? throw new InvalidOperationException("epmd did not start");
        _server = Process.Start(Info(ServerScript, [], asServerUser: true)) ?? throw new InvalidOperationException("rabbitmq-server did not start");
        _server.OutputDataReceived += (_, e) => KeepOutput(e.Data);
        _server.ErrorDataReceived += (_, e) => KeepOutput(e.Data);
        _server.BeginOutputReadLine();
        _server.BeginErrorReadLine();

        while (true)
        {
            if (_server.HasExited)
            {
                _server.WaitForExit(); // the output read to its end
                throw new InvalidOperationException($"rabbitmq-server exited with code {_server.ExitCode}{ServerOutputTail()}");
            }

            if (clock.Elapsed > StartTimeout)
            {
                throw new TimeoutException($"rabbitmq-server did not accept AMQP connections within {StartTimeout.TotalSeconds:N0} s");
            }

            if (CanConnect())
            {
                StartedIn = clock.Elapsed;
                TestContext.Progress.WriteLine($"rabbitmq-server {NodeName} up on 127.0.0.1:{AmqpPort} in {StartedIn.TotalSeconds:N1} s");
                return;
            }

            Thread.Sleep(500);
        }
    }

    private bool CanConnect()
    {
        try
        {
            using var connection = new ConnectionFactory { Uri = Url, RequestedConnectionTimeout = TimeSpan.FromSeconds(3) }.CreateConnectionAsync().GetAwaiter().GetResult();
            return connection.IsOpen;
        }
        catch (Exception e) when (e is RabbitMQ.Client.Exceptions.BrokerUnreachableException or IOException or SocketException or TimeoutException)
        {
            return false;
        }
    }

    /// <summary>rabbitmqctl against this node only (<c>-n NODE</c>); its output.</summary>
    public string Control(params string[] args) => Run(ControlScript, ["-n", NodeName, .. args], TimeSpan.FromSeconds(60), asServerUser: true);

    private static readonly string[] UnprefixedSettings =
        ["LOGS", "SASL_LOGS", "NODENAME", "NODE_IP_ADDRESS", "NODE_PORT", "MNESIA_BASE", "MNESIA_DIR", "LOG_BASE", "CONFIG_FILE", "ENABLED_PLUGINS_FILE"];

    private ProcessStartInfo Info(string file, IEnumerable<string> args, bool asServerUser)
    {
        var dropPrivileges = asServerUser && IsRoot;
        var start = new ProcessStartInfo(dropPrivileges ? "/usr/bin/setpriv" : file)
        {
            UseShellExecute = false,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = _root,
        };
        if (dropPrivileges)
        {
            foreach (var arg in new[] { "--reuid=rabbitmq", "--regid=rabbitmq", "--init-groups", file })
            {
                start.ArgumentList.Add(arg);
            }
        }

        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        foreach (var (name, value) in _environment)
        {
            start.Environment[name] = value;
        }

        // rabbitmq-env also reads these unprefixed names from the environment (a LOGS of the caller's moved the node's log).
        foreach (var name in UnprefixedSettings)
        {
            start.Environment.Remove(name);
        }

        return start;
    }

    private string Run(string file, string[] args, TimeSpan timeout, bool asServerUser)
    {
        using var process = Process.Start(Info(file, args, asServerUser)) ?? throw new InvalidOperationException($"{file} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{Path.GetFileName(file)} {string.Join(' ', args)} did not finish within {timeout.TotalSeconds:N0} s");
        }

        return process.ExitCode == 0
            ? output.Result
            : throw new InvalidOperationException($"{Path.GetFileName(file)} {string.Join(' ', args)} exited with {process.ExitCode}: {error.Result}{output.Result}");
    }

    private string LogTail()
    {
        try
        {
            var log = Directory.Exists(Path.Combine(_root, "log")) ? Directory.GetFiles(Path.Combine(_root, "log"), "*.log").FirstOrDefault() : null;
            return log is null ? "" : "\n" + string.Join('\n', File.ReadLines(log).TakeLast(15));
        }
        catch (IOException)
        {
            return "";
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    /// <summary>Stops the node by its name, then (if it is still there) its processes by id; stops this node's epmd; removes the folders.</summary>
    public void Dispose()
    {
        if (_server is { HasExited: false })
        {
            try
            {
                Control("stop");
            }
            catch (Exception e) when (e is InvalidOperationException or TimeoutException or System.ComponentModel.Win32Exception)
            {
                TestContext.Progress.WriteLine($"rabbitmqctl stop failed ({e.Message}); stopping the node's processes by id");
            }

            if (!_server.WaitForExit(TimeSpan.FromSeconds(30)))
            {
                KillBeam();
                _server.Kill(entireProcessTree: true);
                _server.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }

        if (_epmd is { HasExited: false })
        {
            _epmd.Kill();
            _epmd.WaitForExit(TimeSpan.FromSeconds(10));
        }

        _server?.Dispose();
        _epmd?.Dispose();
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TestContext.Progress.WriteLine($"could not remove {_root}: {e.Message}");
        }
    }

    /// <summary>The Erlang VM's own process (its pid file), should the node not stop by name.</summary>
    private void KillBeam()
    {
        try
        {
            var pidFile = _environment["RABBITMQ_PID_FILE"];
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid))
            {
                using var beam = Process.GetProcessById(pid);
                if (beam.ProcessName != "beam.smp")
                {
                    return; // not this node's VM any more (the id was reused)
                }

                beam.Kill(entireProcessTree: true);
                beam.WaitForExit(TimeSpan.FromSeconds(10));
            }
        }
        catch (Exception e) when (e is ArgumentException or InvalidOperationException or IOException or System.ComponentModel.Win32Exception)
        {
            TestContext.Progress.WriteLine($"could not stop the node's VM by its pid: {e.Message}");
        }
    }
}
