import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { readEnv } from '@did/config';
import { dataDir } from './repo-root';

export interface DevKeys {
  operatorKey: string;
  demoKey: string;
}

interface SavedKeys {
  OPERATOR_API_KEY?: string;
  DEMO_API_KEY?: string;
}

// The formats the gateway accepts (GatewayConfigSchema): a key the gateway rejects would stop it at boot.
const OPERATOR_KEY = /^.{32,}$/;
const DEMO_KEY = /^dk_[A-Za-z0-9_-]{43}$/;

const secret = () => randomBytes(32).toString('base64url');

/**
 * The operator and demo keys of this checkout. Environment values win; otherwise keys generated on the
 * first run are kept in .data/dev-keys.json, so the keys printed yesterday (and pasted into scripts or
 * an HTTP client) still work after a restart.
 */
export function loadDevKeys(root: string): DevKeys {
  const file = path.join(dataDir(root), 'dev-keys.json');
  const saved = readSaved(file);
  const next: SavedKeys = {
    OPERATOR_API_KEY:
      saved.OPERATOR_API_KEY && OPERATOR_KEY.test(saved.OPERATOR_API_KEY) ? saved.OPERATOR_API_KEY : `op_${secret()}`,
    DEMO_API_KEY: saved.DEMO_API_KEY && DEMO_KEY.test(saved.DEMO_API_KEY) ? saved.DEMO_API_KEY : `dk_${secret()}`,
  };
  if (next.OPERATOR_API_KEY !== saved.OPERATOR_API_KEY || next.DEMO_API_KEY !== saved.DEMO_API_KEY) {
    fs.writeFileSync(file, `${JSON.stringify(next, null, 2)}\n`, { mode: 0o600 });
  }
  return {
    operatorKey: readEnv('OPERATOR_API_KEY') ?? (next.OPERATOR_API_KEY as string),
    demoKey: readEnv('DEMO_API_KEY') ?? (next.DEMO_API_KEY as string),
  };
}

function readSaved(file: string): SavedKeys {
  try {
    const parsed = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown;
    return parsed && typeof parsed === 'object' ? (parsed as SavedKeys) : {};
  } catch {
    return {};
  }
}
