import { decideCommand } from '../../adapters/terminal/decide.ts';

export default decideCommand('approve');
