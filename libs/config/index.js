// Node's entry of @heze/config (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/config/src/index.js');
