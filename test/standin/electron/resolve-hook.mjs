// Node module hook (module.register): the bare specifier `electron` resolves to the stand-in.
let standinUrl = '';

export function initialize(data) {
  standinUrl = data.url;
}

export async function resolve(specifier, context, nextResolve) {
  if (specifier === 'electron') return { url: standinUrl, shortCircuit: true };
  return nextResolve(specifier, context);
}
