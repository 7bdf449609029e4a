// Node's entry of @heze/rules/days (package.json "exports"): the code tsc compiled under the root dist/.
module.exports = require('../../dist/libs/rules/src/days.js');
