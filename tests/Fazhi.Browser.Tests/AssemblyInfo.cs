// Each test class starts its own server and Chromium; running them one at a time keeps a busy
// machine from timing the browser out.
[assembly: CollectionBehavior(DisableTestParallelization = true)]
