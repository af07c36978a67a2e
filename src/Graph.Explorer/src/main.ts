import "./styles.css";
import { Explorer } from "./app";
import { installDebugHook } from "./debug-hook";

const explorer = new Explorer();
installDebugHook(explorer);
explorer.start();
