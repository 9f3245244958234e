from bangiao.cli import app

app(prog_name="bangiao")
