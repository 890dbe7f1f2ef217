// Validates deployment files: Kubernetes manifests (*.yaml, every document) against the Kubernetes API's OpenAPI
// schemas (npm kubernetes-models: one JSON-schema validator per apiVersion/kind), and Dockerfiles with
// dockerfile-utils' linter. Prints one line per object or file; exits 1 if anything is invalid.
// usage: node validate.mjs FILE...   (run from a directory where `npm ci` installed package-lock.json)
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { parseAllDocuments } from "yaml";
import { validate as lintDockerfile } from "dockerfile-utils";

let failures = 0;

function fail(file, what, message) {
  failures++;
  console.log(`INVALID ${file} ${what}: ${message}`);
}

async function modelOf(apiVersion, kind) {
  // Core objects are under kubernetes-models/v1/, the others under kubernetes-models/<group>/<version>/.
  const module = await import(`kubernetes-models/${apiVersion}/${kind}`).catch(() => null);
  return module && module[kind];
}

async function checkManifest(file) {
  const documents = parseAllDocuments(readFileSync(file, "utf8"));
  for (const document of documents) {
    if (document.errors.length > 0) {
      fail(file, "yaml", document.errors.map((e) => e.message).join("; "));
      continue;
    }
    const object = document.toJS();
    if (object === null || object === undefined) {
      continue;
    }
    const what = `${object.kind}/${object.metadata?.name}`;
    const Model = await modelOf(object.apiVersion, object.kind);
    if (!Model) {
      fail(file, what, `unknown apiVersion/kind ${object.apiVersion} ${object.kind}`);
      continue;
    }
    try {
      new Model(object).validate();
      console.log(`valid ${file} ${what}`);
    } catch (e) {
      fail(file, what, e.message.replace(/\s+/g, " "));
    }
  }
}

function checkDockerfile(file) {
  const diagnostics = lintDockerfile(readFileSync(file, "utf8"));
  if (diagnostics.length === 0) {
    console.log(`valid ${file} Dockerfile`);
  }
  for (const d of diagnostics) {
    fail(file, `line ${d.range.start.line + 1}`, d.message);
  }
}

for (const file of process.argv.slice(2)) {
  if (basename(file).startsWith("Dockerfile")) {
    checkDockerfile(file);
  } else {
    await checkManifest(file);
  }
}
console.log(failures === 0 ? "all valid" : `${failures} invalid`);
process.exit(failures === 0 ? 0 : 1);
