// Runs Tandem's PDF engine off the main thread. Started by the app on the first export; every
// request is answered with { pdf: Uint8Array } or { error: string }.
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
