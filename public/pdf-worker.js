// Runs Tandem's PDF engine off the main thread. Started by the app on the first export; every
// request is answered with { pdf: Uint8Array } or { error: string }.

// Trusted Types (the served CSP applies here too): the one script URL this worker makes is its
// wasm-bindgen glue's. (The single-file build puts the glue inline and drops the importScripts.)
if (self.trustedTypes) {
  self.trustedTypes.createPolicy('default', {
    createScriptURL(url) {
      if (url === './tandem-worker.js') return url;
      throw new TypeError(`Trusted Types: ${url} is not this worker's script`);
    },
  });
}
importScripts('./tandem-worker.js');

const ready = wasm_bindgen({ module_or_path: './tandem-worker_bg.wasm' });

self.onmessage = async (event) => {
  try {
    await ready;
    const pdf = await wasm_bindgen.render(event.data);
    self.postMessage({ pdf }, [pdf.buffer]);
  } catch (error) {
    self.postMessage({ error: String((error && error.message) || error) });
  }
};
